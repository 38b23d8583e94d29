namespace PainDrip.Core.Intake;

/// <summary>A sign-up as the <c>Enroll</c> endpoint receives it (see <see cref="IntakeReader"/>).</summary>
/// <param name="Email">The address the lessons go to.</param>
/// <param name="FirstName">The name used in greetings.</param>
/// <param name="TimeZone">An IANA time zone id such as <c>Europe/London</c>.</param>
/// <param name="SendHour">The local hour (6–21) at which lessons arrive.</param>
/// <param name="Consent">The person agreed to receive coaching emails and to the health disclaimer.</param>
/// <param name="Profile">Their symptom profile.</param>
/// <remarks>Deserialized directly with <see cref="CoreJson.Options"/>, missing strings arrive as <see langword="null"/>;
/// <see cref="IntakeValidator"/> reports them.</remarks>
public sealed record EnrollmentRequest(
    string Email,
    string FirstName,
    string TimeZone,
    int SendHour,
    bool Consent,
    SymptomProfile Profile);
