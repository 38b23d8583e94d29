using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PainDrip.Functions.Console.SignIn;

namespace PainDrip.Functions.Console;

/// <summary>The coach behind a console request.</summary>
/// <param name="Name">How they signed in; recorded with every action.</param>
/// <param name="Session">The sign-in session (Entra mode), which console form tokens are bound to; empty otherwise.</param>
public sealed record Coach(string Name, string Session = "")
{
    /// <summary>The name signed under answers: the sign-in name without its domain.</summary>
    public string DisplayName => Name.IndexOf('@') is var at and > 0 ? Name[..at] : Name;
}

/// <summary>
/// Lets coaches in and nobody else: every console function asks it first and answers its refusal (401 with no
/// sign-in, 403 for anyone else) before reading any data.
/// </summary>
public sealed partial class CoachAccess(
    IOptions<ConsoleOptions> options, ConsoleHosting hosting, ConsoleSessions sessions, ILogger<CoachAccess> logger)
{
    /// <summary>The header App Service Authentication sets: base64 JSON with the signed-in user's claims.</summary>
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] NameClaims =
        ["preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", "email",
         "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "name"];

    /// <summary>The sign-in mode in force, <see cref="ConsoleSignIn.Auto"/> resolved.</summary>
    public ConsoleSignIn Mode => options.Value.SignIn switch
    {
        ConsoleSignIn.Auto when !hosting.UnderFunctionsHost => ConsoleSignIn.Loopback,
        ConsoleSignIn.Auto => options.Value.Entra.IsConfigured ? ConsoleSignIn.Entra : ConsoleSignIn.Off,
        ConsoleSignIn.Entra when !options.Value.Entra.IsConfigured => ConsoleSignIn.Off,
        // The header is only trustworthy where a platform sets it; in standalone mode anyone could send it.
        ConsoleSignIn.EasyAuth when !hosting.UnderFunctionsHost => ConsoleSignIn.Off,
        var mode => mode,
    };

    /// <summary>The coach, or the refusal to answer with (and nothing else).</summary>
    public (Coach? Coach, IResult? Refusal) Check(HttpContext http) => Mode switch
    {
        ConsoleSignIn.Loopback => IPAddress.IsLoopback(http.Connection.RemoteIpAddress ?? IPAddress.None)
            ? (new Coach(options.Value.LocalCoachName.Trim() is { Length: > 0 } name ? name : "Coach"), null)
            : (null, Refuse(http, StatusCodes.Status403Forbidden, "not loopback")),
        ConsoleSignIn.EasyAuth => FromPrincipal(http),
        ConsoleSignIn.Entra => FromSession(http),
        _ => (null, Refuse(http, StatusCodes.Status403Forbidden, "console off")),
    };

    private (Coach?, IResult?) FromPrincipal(HttpContext http)
    {
        var name = SignedInName(http.Request.Headers[PrincipalHeader].ToString());
        if (name is null)
        {
            return (null, Refuse(http, StatusCodes.Status401Unauthorized, "not signed in"));
        }
        return options.Value.CoachList.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? (new Coach(name), null)
            : (null, Refuse(http, StatusCodes.Status403Forbidden, "not a coach"));
    }

    /// <summary>The user name in an App Service Authentication principal header, or <see langword="null"/>.</summary>
    public static string? SignedInName(string header)
    {
        if (header.Length is 0 or > 16_384)
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            if (!json.RootElement.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var values = claims.EnumerateArray()
                .Where(c => c.TryGetProperty("typ", out var t) && c.TryGetProperty("val", out var v) && t.ValueKind == v.ValueKind && v.ValueKind == JsonValueKind.String)
                .Select(c => (Type: c.GetProperty("typ").GetString()!, Value: c.GetProperty("val").GetString()!))
                .ToList();
            return NameClaims.Select(type => values.FirstOrDefault(c => c.Type == type).Value)
                .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim();
        }
        catch (Exception error) when (error is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private IResult Refuse(HttpContext http, int status, string why)
    {
        ConsoleLog.Refused(logger, status, why);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Problem(
            status == StatusCodes.Status401Unauthorized ? "Sign in as a coach to use the coach console." : "The coach console is not open to you.",
            statusCode: status);
    }
}
