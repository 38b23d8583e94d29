using System.Security.Cryptography;

namespace PainDrip.Functions.Console.SignIn;

/// <summary>The sign-in cookies: the short attempt cookie (SameSite=Lax, so it comes back on Entra ID's redirect) and
/// the session cookie (SameSite=Strict). Both HttpOnly, Secure and signed.</summary>
public sealed class ConsoleSessions(SignedCookie signed, TimeProvider time)
{
    /// <summary>The session cookie.</summary>
    public const string SessionCookie = "pd-console-session";

    /// <summary>The sign-in attempt cookie.</summary>
    public const string AttemptCookie = "pd-console-signin";

    /// <summary>How long a session lasts.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    private static readonly TimeSpan AttemptLifetime = TimeSpan.FromMinutes(10);
    private const string SessionPath = "/api/console";
    private const string AttemptPath = "/api/console/signin";

    /// <summary>Starts an attempt: fresh state, nonce and PKCE verifier, kept in the attempt cookie.</summary>
    public SignInFlow BeginAttempt(HttpContext http, string returnPath)
    {
        var flow = new SignInFlow(Random(), Random(), Random() + Random(), returnPath, time.GetUtcNow() + AttemptLifetime);
        Append(http, AttemptCookie, signed.Protect(AttemptCookie, flow), AttemptPath, SameSiteMode.Lax, AttemptLifetime);
        return flow;
    }

    /// <summary>The unexpired attempt this browser started, consuming its cookie.</summary>
    public SignInFlow? TakeAttempt(HttpContext http)
    {
        var flow = signed.Unprotect<SignInFlow>(AttemptCookie, http.Request.Cookies[AttemptCookie]);
        if (http.Request.Cookies.ContainsKey(AttemptCookie))
        {
            http.Response.Cookies.Delete(AttemptCookie, Options(AttemptPath, SameSiteMode.Lax, null));
        }
        return flow is not null && flow.Expires > time.GetUtcNow() ? flow : null;
    }

    /// <summary>Signs the user in on this browser.</summary>
    public ConsoleSession Start(HttpContext http, string objectId, string userName)
    {
        var session = new ConsoleSession(objectId, userName, Random(), time.GetUtcNow() + SessionLifetime);
        Append(http, SessionCookie, signed.Protect(SessionCookie, session), SessionPath, SameSiteMode.Strict, SessionLifetime);
        return session;
    }

    /// <summary>The browser's unexpired session, or <see langword="null"/>.</summary>
    public ConsoleSession? Read(HttpContext http) =>
        signed.Unprotect<ConsoleSession>(SessionCookie, http.Request.Cookies[SessionCookie]) is { } session
        && session.Expires > time.GetUtcNow() && session.Id.Length > 0
            ? session
            : null;

    /// <summary>Signs the browser out.</summary>
    public void End(HttpContext http) =>
        http.Response.Cookies.Delete(SessionCookie, Options(SessionPath, SameSiteMode.Strict, null));

    private static string Random() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private static void Append(HttpContext http, string name, string value, string path, SameSiteMode sameSite, TimeSpan lifetime) =>
        http.Response.Cookies.Append(name, value, Options(path, sameSite, lifetime));

    private static CookieOptions Options(string path, SameSiteMode sameSite, TimeSpan? lifetime) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = sameSite,
        Path = path,
        IsEssential = true,
        MaxAge = lifetime,
    };
}
