namespace PainDrip.Functions.Services;

/// <summary>Preference-page events. Enrollment ids and codes only: never addresses, hours or time zones.</summary>
internal static partial class PreferenceLog
{
    [LoggerMessage(EventId = 5130, Level = LogLevel.Information, Message = "Enrollment {EnrollmentId} changed its preferences: {Action}")]
    public static partial void PreferencesChanged(this ILogger logger, string enrollmentId, string action);

    [LoggerMessage(EventId = 5131, Level = LogLevel.Information, Message = "Enrollment {EnrollmentId} preference change refused: {ErrorCount} field error(s)")]
    public static partial void PreferencesRefused(this ILogger logger, string enrollmentId, int errorCount);

    [LoggerMessage(EventId = 5132, Level = LogLevel.Information, Message = "Enrollment {EnrollmentId} resumed: its pause ended")]
    public static partial void PauseEnded(this ILogger logger, string enrollmentId);
}
