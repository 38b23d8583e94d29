namespace PainDrip.Functions.Standalone;

internal static partial class StandaloneLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Standalone mode: timer {Function} runs on schedule {Schedule} (UTC)")]
    public static partial void TimerOn(ILogger logger, string function, string schedule);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Standalone mode: timer {Function} failed ({ExceptionType})")]
    public static partial void TimerFailed(ILogger logger, string function, string exceptionType);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Standalone mode: no Functions host; {Count} functions served by this process")]
    public static partial void Started(ILogger logger, int count);
}
