using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PainDrip.Infrastructure.Email.Composition;

/// <summary>Turns lesson Markdown into email HTML with inline styles; raw HTML in the content prints as text.</summary>
internal static class LessonMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (StyleFor(node) is { } style)
            {
                node.GetAttributes().AddProperty("style", style);
            }
            if (node is LinkInline { IsImage: false })
            {
                node.GetAttributes().AddClass("pd-link");
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Whether the document opens with a title (level-1 heading) of its own (then the layout adds no title).</summary>
    public static bool StartsWithHeading(MarkdownDocument document) => document.FirstOrDefault() is HeadingBlock { Level: 1 };

    private static string? StyleFor(MarkdownObject node) => node switch
    {
        HeadingBlock { Level: 1 } => "margin:0 0 16px;font-size:24px;line-height:1.3;font-weight:bold;",
        HeadingBlock { Level: 2 } => "margin:24px 0 12px;font-size:20px;line-height:1.3;font-weight:bold;",
        HeadingBlock => "margin:20px 0 8px;font-size:17px;line-height:1.4;font-weight:bold;",
        ParagraphBlock { Parent: ListItemBlock } => "margin:0 0 6px;",
        ParagraphBlock { Parent: QuoteBlock } => "margin:0;",
        ParagraphBlock => "margin:0 0 16px;",
        ListBlock => "margin:0 0 16px;padding-left:24px;",
        ListItemBlock => "margin:0 0 8px;",
        QuoteBlock => "margin:0 0 16px;padding:8px 16px;border-left:4px solid #8cc7b6;",
        CodeBlock => "margin:0 0 16px;padding:12px;white-space:pre-wrap;word-break:break-word;font-family:monospace;font-size:14px;background:#f1f4f3;color:#1f2a2e;",
        ThematicBreakBlock => "border:0;border-top:1px solid #d5dcd9;margin:24px 0;",
        LinkInline { IsImage: true } => "display:block;max-width:100%;height:auto;border:0;margin:0 0 16px;",
        LinkInline => "color:#176b58;text-decoration:underline;word-break:break-word;",
        CodeInline => "font-family:monospace;font-size:15px;",
        _ => null,
    };
}
