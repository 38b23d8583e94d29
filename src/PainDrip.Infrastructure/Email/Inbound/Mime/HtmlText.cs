using System.Net;
using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>Turns an HTML email body into readable plain text.</summary>
internal static partial class HtmlText
{
    // Control characters cannot survive in the text as HTML, so they are safe placeholders for block boundaries.
    private const string LineMark = "\u0001";
    private const string ParagraphMark = "\u0002";
    private const char QuoteOpen = '\u0003';
    private const char QuoteClose = '\u0004';

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style|head|title|template)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<br\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</?(p|h[1-6]|pre)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<blockquote\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockquoteOpen();

    [GeneratedRegex(@"</blockquote\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockquoteClose();

    [GeneratedRegex(@"</?(div|tr|table|thead|tbody|ul|ol|dl|dt|dd|section|article|header|footer|nav|aside|hr|address|figure|form)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"[\u0001\u0002][ \t\u0001\u0002]*")]
    private static partial Regex Boundaries();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    /// <summary>
    /// Drops scripts, styles and comments, turns block elements and <c>&lt;br&gt;</c> into line breaks (paragraphs and headings into blank lines),
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
        text = ListItem().Replace(text, LineMark + "- ");
        text = BlockquoteOpen().Replace(text, ParagraphMark + QuoteOpen);
        text = BlockquoteClose().Replace(text, QuoteClose + ParagraphMark);
        text = Paragraph().Replace(text, ParagraphMark);
        text = Block().Replace(text, LineMark);
        text = CellEnd().Replace(text, " ");
        text = AnyTag().Replace(text, "");
        // Nested blocks (</td></tr></table><div>) end in one line break, or one blank line if a paragraph is among them.
        text = Boundaries().Replace(text, run => run.Value.Contains(ParagraphMark, StringComparison.Ordinal) ? "\n\n" : "\n");
        text = WebUtility.HtmlDecode(text);
        return Tidy(QuoteLines(text));
    }

    // Quoted history in HTML mail is a <blockquote>; as text it must look quoted too ("> "), so the reply reader
    // keeps the person's own words around it and drops only the quote.
    private static string QuoteLines(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        var lineStart = true;
        foreach (var c in text)
        {
            switch (c)
            {
                case QuoteOpen: depth++; continue;
                case QuoteClose: depth = Math.Max(0, depth - 1); continue;
                case '\n': lineStart = true; builder.Append(c); continue;
            }
            if (lineStart && !char.IsWhiteSpace(c))
            {
                builder.Insert(builder.Length, "> ", depth);
                lineStart = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Collapses runs of spaces, trims every line, keeps at most one blank line in a row.</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }
}
