namespace PainDrip.Functions.Services;

/// <summary>Sign-up, confirmation and unsubscribe events. Enrollment ids only: never addresses, names or symptoms.</summary>
internal static partial class EnrollmentLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Enrollment {EnrollmentId} created; confirmation sent")]
    public static partial void Enrolled(this ILogger logger, string enrollmentId);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Enrollment {EnrollmentId} signed up again while {Status}")]
    public static partial void SignedUpAgain(this ILogger logger, string enrollmentId, string status);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Sign-up for a suppressed address ignored")]
    public static partial void SuppressedSignup(this ILogger logger);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Sign-up refused: {FlagCount} red flag(s); nothing stored")]
    public static partial void SeekCare(this ILogger logger, int flagCount);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Confirmation email for enrollment {EnrollmentId} could not be sent: {Failure} (status {Status})")]
    public static partial void ConfirmationMailFailed(this ILogger logger, string enrollmentId, string failure, int? status);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Enrollment {EnrollmentId} confirmed; welcome due {Due}")]
    public static partial void Confirmed(this ILogger logger, string enrollmentId, string due);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "Welcome for enrollment {EnrollmentId} not sent now ({Failure}); left to the timer")]
    public static partial void WelcomeDeferred(this ILogger logger, string enrollmentId, string failure);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Information, Message = "Link refused: {Purpose} {Failure}")]
    public static partial void LinkRefused(this ILogger logger, string purpose, string failure);

    [LoggerMessage(EventId = 5120, Level = LogLevel.Information, Message = "Enrollment {EnrollmentId} unsubscribed")]
    public static partial void Unsubscribed(this ILogger logger, string enrollmentId);
}
