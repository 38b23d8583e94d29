using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.Support;

/// <summary>Stored enrollments for tests.</summary>
public static class Records
{
    public static readonly Instant Consented = Instant.FromUtc(2026, 3, 2, 8, 0);

    public static EnrollmentRecord Enrollment(string id, string email = "sam@example.com")
    {
        var request = new EnrollmentRequest(email, "Sam", "Europe/London", 7, true, Profile());
        return new EnrollmentRecord(PainDrip.Core.Coaching.Enrollment.FromRequest(id, request), new Contact(email, "Sam"), Consented, "W/\"1\"");
    }

    private static SymptomProfile Profile() =>
        new([Area.BetweenShoulderBlades], Side.Both, Hand.Right, new LocalDate(2026, 2, 20), 5, Severity.Moderate, [Trigger.DeskPosture], []);
}
