using PainDrip.Functions.Console.SignIn;

namespace PainDrip.Functions.Console;

public sealed partial class CoachAccess
{
    /// <summary>Where a signed-out browser is sent.</summary>
    public const string SignInPath = "/api/console/signin";

    // Entra mode: the app's own signed session cookie names the user; a coach is on the list by object id or user name.
    private (Coach?, IResult?) FromSession(HttpContext http)
    {
        if (sessions.Read(http) is not { } session)
        {
            if (HttpMethods.IsGet(http.Request.Method))
            {
                ConsoleLog.Refused(logger, StatusCodes.Status302Found, "not signed in");
                http.Response.Headers.CacheControl = "no-store";
                var back = Uri.EscapeDataString(http.Request.Path.Value + http.Request.QueryString.Value);
                return (null, TypedResults.Redirect($"{SignInPath}?return={back}"));
            }
            return (null, Refuse(http, StatusCodes.Status401Unauthorized, "not signed in"));
        }
        var coaches = options.Value.CoachList;
        var name = session.UserName.Trim();
        var isCoach = coaches.Contains(session.ObjectId, StringComparer.OrdinalIgnoreCase)
            || (name.Length > 0 && coaches.Contains(name, StringComparer.OrdinalIgnoreCase));
        return isCoach
            ? (new Coach(name.Length > 0 ? name : session.ObjectId, session.Id), null)
            : (null, Refuse(http, StatusCodes.Status403Forbidden, "not a coach"));
    }

    /// <summary>A console path to return to after sign-in: <paramref name="requested"/> when it is one, else the queue.</summary>
    public static string ReturnPath(string? requested) =>
        requested is { Length: > 0 and <= 500 } path && path.StartsWith("/api/console", StringComparison.Ordinal)
        && !path.StartsWith(SignInPath, StringComparison.Ordinal) && !path.Contains('\\') && !path.Contains("//", StringComparison.Ordinal)
        && path.All(c => c is > ' ' and < '\u007f')
            ? path
            : "/api/console";
}
