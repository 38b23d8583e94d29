using System.Text;
using MimeKit.Text;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Turns an HTML reply into readable plain text, reading the markup with MimeKit's <see cref="HtmlTokenizer"/>.</summary>
/// <remarks>
/// The tokenizer reads in one linear pass and decodes entities. Here only the layout is decided: scripts, styles,
/// the head and comments vanish; blocks and <c>&lt;br&gt;</c> end lines, paragraphs and headings leave a blank line,
/// list items become <c>- </c> lines, table cells are spaced, and quoted history in a <c>&lt;blockquote&gt;</c> gets
/// <c>&gt; </c> in front of each line, as a plain-text client would write it, so the reply reader can tell it apart.
/// </remarks>
internal static class HtmlReplyText
{
    private static readonly HashSet<HtmlTagId> Hidden = [HtmlTagId.Head, HtmlTagId.Title, HtmlTagId.Script, HtmlTagId.Style];

    private static readonly HashSet<HtmlTagId> Paragraphs =
        [HtmlTagId.P, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.Pre];

    private static readonly HashSet<HtmlTagId> Lines =
    [
        HtmlTagId.Div, HtmlTagId.TR, HtmlTagId.Table, HtmlTagId.THead, HtmlTagId.TBody, HtmlTagId.UL, HtmlTagId.OL,
        HtmlTagId.DL, HtmlTagId.DT, HtmlTagId.DD, HtmlTagId.HR, HtmlTagId.Address, HtmlTagId.Form, HtmlTagId.Center,
        HtmlTagId.Section, HtmlTagId.Article, HtmlTagId.Header, HtmlTagId.Footer, HtmlTagId.Nav, HtmlTagId.Aside, HtmlTagId.Figure,
    ];

    /// <summary>The text of the HTML, with <c>\n</c> line ends and no leading or trailing blank lines.</summary>
    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var text = new TextLayout();
        var hidden = 0;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                hidden = Math.Max(0, hidden + HiddenChange(tag));
                Lay(tag, text);
            }
            else if (token.Kind == HtmlTokenKind.Data && hidden == 0)
            {
                text.Write(((HtmlDataToken)token).Data);
            }
        }
        return text.ToString();
    }

    private static int HiddenChange(HtmlTagToken tag) =>
        !Hidden.Contains(tag.Id) || tag.IsEmptyElement ? 0 : tag.IsEndTag ? -1 : 1;

    private static void Lay(HtmlTagToken tag, TextLayout text)
    {
        switch (tag.Id)
        {
            case HtmlTagId.Br: text.LineBreak(); break;
            case HtmlTagId.LI when !tag.IsEndTag: text.Break(1); text.Write("- "); break;
            case HtmlTagId.BlockQuote: text.Quote(tag.IsEndTag ? -1 : 1); break;
            case HtmlTagId.TD or HtmlTagId.TH when tag.IsEndTag: text.Write(" "); break;
            case var id when Paragraphs.Contains(id): text.Break(2); break;
            case var id when Lines.Contains(id): text.Break(1); break;
        }
    }

    /// <summary>Collects words into lines: runs of white space become one space, breaks are merged, quote depth prefixes lines.</summary>
    private sealed class TextLayout
    {
        private readonly StringBuilder _output = new();
        private int _pendingBreak;
        private bool _pendingSpace;
        private bool _lineStart = true;
        private int _depth;

        public void Break(int level) => _pendingBreak = Math.Max(_pendingBreak, level);

        public void LineBreak() => _pendingBreak = Math.Min(2, _pendingBreak + 1);

        public void Quote(int change)
        {
            Break(2);
            _depth = Math.Max(0, _depth + change);
        }

        public void Write(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                StartWord();
                _output.Append(c);
            }
        }

        public override string ToString() => _output.ToString().Trim();

        private void StartWord()
        {
            if (_pendingBreak > 0 && _output.Length > 0)
            {
                _output.Append('\n', _pendingBreak);
                _lineStart = true;
            }
            if (_lineStart)
            {
                _output.Insert(_output.Length, "> ", _depth);
            }
            else if (_pendingSpace)
            {
                _output.Append(' ');
            }
            (_pendingBreak, _pendingSpace, _lineStart) = (0, false, false);
        }
    }
}
