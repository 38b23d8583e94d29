namespace PainDrip.Functions.Console;

/// <summary>How the coach console knows who is calling.</summary>
public enum ConsoleSignIn
{
    /// <summary>Loopback in standalone mode; <see cref="Off"/> under the Functions host until a sign-in is configured.</summary>
    Auto,
    /// <summary>Only callers on this machine, as <see cref="ConsoleOptions.LocalCoachName"/> (local demo, tests).</summary>
    Loopback,
    /// <summary>App Service Authentication in front of the app: the <c>X-MS-CLIENT-PRINCIPAL</c> header it sets names
    /// the user, who must be in <see cref="ConsoleOptions.Coaches"/>. Only where the platform strips that header from
    /// callers (App Service, Premium and Dedicated plans); never in standalone mode.</summary>
    EasyAuth,
    /// <summary>The console answers 403 to everyone.</summary>
    Off,
}

/// <summary>The coach console: who may use it and who hears of urgent replies. Section <c>ConsoleOptions</c>.</summary>
public sealed class ConsoleOptions
{
    /// <summary>How callers are identified; see <see cref="ConsoleSignIn"/>.</summary>
    public ConsoleSignIn SignIn { get; set; } = ConsoleSignIn.Auto;

    /// <summary>The signed-in names (Entra ID user names, usually the work address) allowed in, comma-separated.</summary>
    public string Coaches { get; set; } = "";

    /// <summary>The name a loopback caller acts under (recorded on timelines, signed under answers).</summary>
    public string LocalCoachName { get; set; } = "Coach";

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
