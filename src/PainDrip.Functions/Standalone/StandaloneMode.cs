namespace PainDrip.Functions.Standalone;

/// <summary>
/// The one explicit switch between the two ways this executable runs. Never guessed from other arguments: Azure can
/// start the worker through a placeholder without its usual arguments, so absence of those proves nothing.
/// </summary>
public static class StandaloneMode
{
    /// <summary>The command-line flag, as <c>./run.sh</c> passes it.</summary>
    public const string Flag = "--standalone";

    /// <summary>The setting (environment variable, or <c>--PAINDRIP_STANDALONE=true</c>) that asks for it too.</summary>
    public const string Setting = "PAINDRIP_STANDALONE";

    /// <summary>Whether standalone mode was asked for; <paramref name="rest"/> is <paramref name="args"/> without the flag.</summary>
    public static bool IsRequested(string[] args, Func<string, string?> variable, out string[] rest)
    {
        rest = [.. args.Where(arg => arg != Flag)];
        return rest.Length != args.Length
            || IsTrue(variable(Setting))
            || args.Any(arg => IsTrue(ValueOf(arg, $"--{Setting}=")));
    }

    private static string? ValueOf(string arg, string prefix) =>
        arg.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? arg[prefix.Length..] : null;

    private static bool IsTrue(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
