using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;

namespace PainDrip.Functions.Services;

/// <summary>What the preferences page can change.</summary>
public enum PreferenceAction
{
    /// <summary>The send hour and time zone.</summary>
    SendTime,
    /// <summary>Pause for a number of days.</summary>
    Pause,
    /// <summary>End a pause now.</summary>
    Resume,
    /// <summary>Stop the program and every email.</summary>
    Stop,
}

/// <summary>The form as posted: raw text, so a bad answer can be shown back as typed.</summary>
public sealed record PreferenceForm(string? Action, string? SendHour, string? TimeZone, string? Days);

/// <summary>What the page shows about the person's program now.</summary>
/// <param name="Status">Where the program stands.</param>
/// <param name="SendHour">The local hour emails arrive.</param>
/// <param name="TimeZoneId">The person's IANA time zone.</param>
/// <param name="ResumeOn">The date a pause the person chose ends, if any.</param>
public sealed record PreferenceSettings(EnrollmentStatus Status, int SendHour, string TimeZoneId, LocalDate? ResumeOn)
{
    public static PreferenceSettings Of(Enrollment enrollment) =>
        new(enrollment.Status, enrollment.SendHour, enrollment.TimeZoneId, enrollment.ResumeOn);
}

/// <summary>What following a preferences link (GET) or posting its form led to.</summary>
public abstract record PreferenceOutcome
{
    /// <summary>The link is not ours, expired, or its enrollment is gone (<see cref="LinkOutcome.Invalid"/>,
    /// <see cref="LinkOutcome.Expired"/>, <see cref="LinkOutcome.Gone"/>); nothing changed.</summary>
    public sealed record LinkRefused(LinkOutcome Outcome) : PreferenceOutcome;

    /// <summary>The page as it stands (a GET, or a POST that had nothing to change).</summary>
    public sealed record Shown(PreferenceSettings Settings) : PreferenceOutcome;

    /// <summary>The change was saved and logged on the person's timeline.</summary>
    public sealed record Changed(PreferenceSettings Settings, PreferenceAction Action) : PreferenceOutcome;

    /// <summary>Some answers need fixing; nothing was written.</summary>
    public sealed record Invalid(PreferenceSettings Settings, IReadOnlyList<FieldError> Errors, PreferenceForm Form) : PreferenceOutcome;
}
