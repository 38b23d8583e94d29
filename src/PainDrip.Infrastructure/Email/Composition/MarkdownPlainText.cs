using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PainDrip.Infrastructure.Email.Composition;

/// <summary>Turns parsed lesson Markdown into plain text meant to be read as is: underlined headings, dashes for lists, "text (url)" links.</summary>
internal static class MarkdownPlainText
{
    public static string Render(MarkdownDocument document)
    {
        var builder = new StringBuilder();
        WriteBlocks(builder, document, indent: "");
        return builder.ToString().TrimEnd() + "\n";
    }

    private static void WriteBlocks(StringBuilder builder, ContainerBlock container, string indent)
    {
        foreach (var block in container)
        {
            WriteBlock(builder, block, indent);
        }
    }

    private static void WriteBlock(StringBuilder builder, Block block, string indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var title = Inline(heading.Inline);
                builder.Append(indent).AppendLine(title);
                builder.Append(indent).AppendLine(new string(heading.Level == 1 ? '=' : '-', title.Length)).AppendLine();
                break;
            case ParagraphBlock paragraph:
                builder.Append(indent).AppendLine(Inline(paragraph.Inline).Replace("\n", "\n" + indent)).AppendLine();
                break;
            case ListBlock list:
                WriteList(builder, list, indent);
                break;
            case QuoteBlock quote:
                var inner = new StringBuilder();
                WriteBlocks(inner, quote, "");
                foreach (var line in inner.ToString().TrimEnd().Split('\n'))
                {
                    builder.Append(indent).Append("> ").AppendLine(line);
                }
                builder.AppendLine();
                break;
            case LeafBlock { Lines.Count: > 0 } code when code is CodeBlock:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    builder.Append(indent).Append("    ").AppendLine(line.ToString());
                }
                builder.AppendLine();
                break;
            case ThematicBreakBlock:
                builder.Append(indent).AppendLine("----").AppendLine();
                break;
            case ContainerBlock other:
                WriteBlocks(builder, other, indent);
                break;
        }
    }

    private static void WriteList(StringBuilder builder, ListBlock list, string indent)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}. " : "- ";
            var inner = new StringBuilder();
            WriteBlocks(inner, item, "");
            var lines = inner.ToString().TrimEnd().Split('\n').Where(l => l.Length > 0).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var prefix = i == 0 ? marker : new string(' ', marker.Length);
                builder.Append(indent).Append(prefix).AppendLine(lines[i]);
            }
        }
        builder.AppendLine();
    }

    private static string Inline(ContainerInline? container)
    {
        var builder = new StringBuilder();
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            builder.Append(Inline(inline));
        }
        return builder.ToString();
    }

    private static string Inline(Markdig.Syntax.Inlines.Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline { IsHard: true } => "\n",
        LineBreakInline => " ",
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        AutolinkInline link => link.Url,
        LinkInline { IsImage: true } image => $"[Image: {Inline(image)}]",
        LinkInline link => LinkText(Inline(link), link.Url ?? ""),
        HtmlInline html => html.Tag,
        ContainerInline container => Inline(container),
        _ => "",
    };

    private static string LinkText(string text, string url)
    {
        var shown = url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url;
        return text.Length == 0 || text == shown || text == url ? shown : $"{text} ({shown})";
    }
}
