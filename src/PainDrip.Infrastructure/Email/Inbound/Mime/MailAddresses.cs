using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>Pulls bare addresses and reply tokens out of address fields such as <c>"Sam" &lt;sam@example.com&gt;</c>.</summary>
internal static partial class MailAddresses
{
    [GeneratedRegex(@"<([^<>\s]+@[^<>\s]+)>")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[^\s<>,;:""()\[\]]+@[^\s<>,;:""()\[\]]+")]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![^\s<>,;:""'(])reply\+([^@\s<>,;:""'()]+)@[^\s<>,;""'()]+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyAddress();

    /// <summary>The first address in an address field: the bracketed one when present, else the first bare one.</summary>
    public static string? First(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }
        var bracketed = Bracketed().Match(field);
        if (bracketed.Success)
        {
            return bracketed.Groups[1].Value;
        }
        var bare = Bare().Match(field);
        return bare.Success ? bare.Value : null;
    }

    /// <summary>The token of the first <c>reply+&lt;token&gt;@domain</c> address found in the sources, searched in order.</summary>
    public static string? FindReplyToken(IEnumerable<string?> sources)
    {
        foreach (var source in sources)
        {
            if (string.IsNullOrEmpty(source))
            {
                continue;
            }
            var match = ReplyAddress().Match(source);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }
        return null;
    }

    /// <summary>An id such as <c>&lt;abc@host&gt;</c> without angle brackets; for lists, the first id.</summary>
    public static string? FirstMessageId(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }
        var open = field.IndexOf('<');
        var close = open >= 0 ? field.IndexOf('>', open + 1) : -1;
        if (open >= 0 && close > open + 1)
        {
            return field[(open + 1)..close].Trim();
        }
        var bare = field.Trim().Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        return bare.Length > 0 ? bare[0] : null;
    }
}
