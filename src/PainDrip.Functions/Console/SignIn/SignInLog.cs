namespace PainDrip.Functions.Console.SignIn;

/// <summary>Sign-in logs: outcomes only, never a user name, object id, code or token.</summary>
public static partial class SignInLog
{
    [LoggerMessage(EventId = 9601, Level = LogLevel.Information, Message = "Console sign-in completed")]
    public static partial void SignedIn(ILogger logger);

    [LoggerMessage(EventId = 9602, Level = LogLevel.Warning, Message = "Console sign-in refused: {Failure}")]
    public static partial void Refused(ILogger logger, SignInFailure failure);

    [LoggerMessage(EventId = 9603, Level = LogLevel.Error, Message = "Console sign-in could not reach Entra ID")]
    public static partial void Unreachable(ILogger logger, Exception error);
}
