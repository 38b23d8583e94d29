using System.Net;
using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>Turns an HTML email body into readable plain text.</summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style|head|title|template)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<br\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</?(p|div|h[1-6]|tr|table|thead|tbody|ul|ol|dl|dt|dd|blockquote|pre|section|article|header|footer|nav|aside|hr|address|figure|form)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    /// <summary>
    /// Drops scripts, styles and comments, turns block elements and <c>&lt;br&gt;</c> into line breaks,
    /// list items into <c>- </c> lines, decodes entities and tidies whitespace.
    /// </summary>
    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        // Source line breaks are just whitespace in HTML; only markup creates lines.
        var text = html.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        text = Comment().Replace(text, " ");
        text = Invisible().Replace(text, " ");
        text = LineBreak().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = Block().Replace(text, "\n");
        text = CellEnd().Replace(text, " ");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return Tidy(text);
    }

    /// <summary>Collapses runs of spaces, trims every line, keeps at most one blank line in a row.</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }
}
