using System.Text;
using System.Text.RegularExpressions;

namespace PainDrip.Core.Intake;

/// <summary>Makes JSON text that escapes a lone UTF-16 surrogate (<c>"\ud800"</c>) readable.</summary>
/// <remarks>
/// System.Text.Json accepts such text while parsing but refuses to turn the value into a string, so one stray escape
/// would fail every field read after parsing. Each unpaired <c>\uD800</c>–<c>\uDFFF</c> escape becomes <c>\uFFFD</c>, the
/// replacement character, as a decoder does for broken bytes; proper pairs are kept. One linear pass.
/// </remarks>
public static partial class JsonEscapes
{
    [GeneratedRegex(
        @"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}",
        RegexOptions.CultureInvariant)]
    private static partial Regex LoneSurrogate();

    /// <summary>The text with every lone surrogate escape replaced by <c>\uFFFD</c>; the same instance when there is none.</summary>
    public static string RepairLoneSurrogates(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Contains("\\u", StringComparison.Ordinal) ? LoneSurrogate().Replace(json, "\\uFFFD") : json;
    }

    /// <summary>UTF-8 JSON with every lone surrogate escape replaced; the same array when there is none.</summary>
    public static byte[] RepairLoneSurrogates(byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (utf8Json.AsSpan().IndexOf("\\u"u8) < 0)
        {
            return utf8Json;
        }
        var text = Encoding.UTF8.GetString(utf8Json);
        var repaired = RepairLoneSurrogates(text);
        return ReferenceEquals(text, repaired) ? utf8Json : Encoding.UTF8.GetBytes(repaired);
    }
}
