using PainDrip.Functions.Console.SignIn;

namespace PainDrip.Functions.Console;

/// <summary>How the coach console knows who is calling.</summary>
public enum ConsoleSignIn
{
    /// <summary>Loopback in standalone mode; under the Functions host <see cref="Entra"/> when <see cref="ConsoleOptions.Entra"/>
    /// is configured, else <see cref="Off"/>.</summary>
    Auto,
    /// <summary>Only callers on this machine, as <see cref="ConsoleOptions.LocalCoachName"/> (local demo, tests).</summary>
    Loopback,
    /// <summary>App Service Authentication in front of the app: the <c>X-MS-CLIENT-PRINCIPAL</c> header it sets names
    /// the user, who must be in <see cref="ConsoleOptions.Coaches"/>. Only where the platform strips that header from
    /// callers (App Service, Premium and Dedicated plans); never in standalone mode.</summary>
    EasyAuth,
    /// <summary>The console answers 403 to everyone.</summary>
    Off,
    /// <summary>The app's own Entra ID sign-in (OpenID Connect code flow with PKCE, <see cref="ConsoleOptions.Entra"/>) and
    /// its signed session cookie; the user's object id or user name must be in <see cref="ConsoleOptions.Coaches"/>.
    /// <see cref="Off"/> while the Entra settings are incomplete.</summary>
    Entra,
}

/// <summary>The coach console: who may use it and who hears of urgent replies. Section <c>ConsoleOptions</c>.</summary>
public sealed class ConsoleOptions
{
    /// <summary>How callers are identified; see <see cref="ConsoleSignIn"/>.</summary>
    public ConsoleSignIn SignIn { get; set; } = ConsoleSignIn.Auto;

    /// <summary>The coaches allowed in, comma-separated: Entra ID user names (usually the work address) or object ids.</summary>
    public string Coaches { get; set; } = "";

    /// <summary>The name a loopback caller acts under (recorded on timelines, signed under answers).</summary>
    public string LocalCoachName { get; set; } = "Coach";

    /// <summary>The app's own Entra ID sign-in, for <see cref="ConsoleSignIn.Entra"/>.</summary>
    public EntraSettings Entra { get; set; } = new();

    /// <summary>Who gets the urgent alert and the daily digest, comma-separated addresses; empty sends none.</summary>
    public string AlertAddresses { get; set; } = "";

    /// <summary>The coach names as a list.</summary>
    public IReadOnlyList<string> CoachList => Split(Coaches);

    /// <summary>The alert addresses as a list.</summary>
    public IReadOnlyList<string> AlertList => Split(AlertAddresses);

    private static string[] Split(string text) =>
        text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Whether the app runs under the Functions host (Azure) or in standalone mode.</summary>
/// <param name="UnderFunctionsHost">True under the host.</param>
public sealed record ConsoleHosting(bool UnderFunctionsHost);
