using System.Security.Cryptography;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Console;

/// <summary>
/// Guards every console POST against cross-site requests: a random per-browser value in a SameSite=Strict, HttpOnly
/// cookie, and a hidden form field holding a keyed hash of that value and the coach's name. A POST passes only with
/// both, matching, from a page of the same origin. (Not ASP.NET Core antiforgery: its Data Protection keys would have
/// to be shared by every instance of the function app; the link-signing secret already is.)
/// </summary>
public sealed class ConsoleAntiforgery(LinkTokens tokens)
{
    /// <summary>The hidden field every console form carries.</summary>
    public const string FieldName = "csrf";

    /// <summary>The cookie; scoped to the console's routes.</summary>
    public const string CookieName = "pd-console";

    private const string CookiePath = "/api/console";

    /// <summary>The field value for forms on this response, setting the cookie when the browser has none.</summary>
    public string TokenFor(HttpContext http, Coach coach)
    {
        var nonce = http.Request.Cookies[CookieName];
        if (nonce is not { Length: 32 } || !nonce.All(char.IsAsciiHexDigitLower))
        {
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            http.Response.Cookies.Append(CookieName, nonce, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = http.Request.IsHttps,
                Path = CookiePath,
                IsEssential = true,
            });
        }
        return Expected(coach, nonce);
    }

    /// <summary>Whether a POST carries a field that matches its cookie and comes from this origin.</summary>
    public bool IsValid(HttpContext http, Coach coach, string? posted)
    {
        var nonce = http.Request.Cookies[CookieName];
        if (nonce is null || string.IsNullOrEmpty(posted) || !SameOrigin(http))
        {
            return false;
        }
        var expected = Expected(coach, nonce);
        return posted.Length == expected.Length
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(posted), System.Text.Encoding.ASCII.GetBytes(expected));
    }

    // Bound to the coach, their sign-in session (Entra mode) and the browser's cookie.
    private string Expected(Coach coach, string nonce) => tokens.Fingerprint($"console-form\n{coach.Name}\n{coach.Session}\n{nonce}");

    // Browsers send Origin on every cross-origin POST; when present it must be this host.
    private static bool SameOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
