using System.Text.RegularExpressions;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>
/// Reads the app settings of infra/main.bicep: the keys of the <c>properties</c> object of the
/// <c>Microsoft.Web/sites/config</c> resource named <c>appsettings</c>, with each value's Bicep expression.
/// </summary>
internal static partial class BicepAppSettings
{
    public static IReadOnlyDictionary<string, string> Read(string bicepPath)
    {
        var text = File.ReadAllText(bicepPath);
        var anchor = text.IndexOf("name: 'appsettings'", StringComparison.Ordinal);
        if (anchor < 0)
        {
            throw new InvalidOperationException($"{bicepPath} has no resource named 'appsettings'.");
        }
        var open = text.IndexOf('{', text.IndexOf("properties:", anchor, StringComparison.Ordinal));
        return ParseTopLevelEntries(text[(open + 1)..ClosingBrace(text, open)]);
    }

    private static int ClosingBrace(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') { i++; }
                else if (c == '\'') { inString = false; }
                continue;
            }
            if (c == '\'') { inString = true; }
            else if (c is '{' or '[') { depth++; }
            else if (c is '}' or ']' && --depth == 0) { return i; }
        }
        throw new InvalidOperationException("The appsettings properties object is not closed.");
    }

    private static Dictionary<string, string> ParseTopLevelEntries(string body)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var depth = 0;
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.Trim();
            if (depth == 0 && !trimmed.StartsWith("//", StringComparison.Ordinal) && Entry().Match(trimmed) is { Success: true } match)
            {
                entries.Add(match.Groups["key"].Value, match.Groups["value"].Value);
            }
            depth += trimmed.Count(c => c is '{' or '[') - trimmed.Count(c => c is '}' or ']');
        }
        return entries;
    }

    [GeneratedRegex(@"^'?(?<key>[A-Za-z_][A-Za-z0-9_.-]*)'?\s*:\s*(?<value>.+)$")]
    private static partial Regex Entry();
}
