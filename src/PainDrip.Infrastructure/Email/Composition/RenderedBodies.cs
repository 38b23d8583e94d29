using System.Collections.Concurrent;

namespace PainDrip.Infrastructure.Email.Composition;

/// <summary>A lesson body rendered from Markdown: its HTML, its plain text, and whether it opens with its own title.</summary>
internal sealed record RenderedBody(bool StartsWithHeading, string Html, string Text);

/// <summary>
/// Renders lesson Markdown once per distinct body: the same Markdown always gives the same HTML and text, and a timer
/// run sends the same few lessons to many people. Bodies with a person's own words filled in are rendered afresh and
/// never kept.
/// </summary>
internal sealed class RenderedBodies
{
    // The library has a few hundred bodies at most; past this the cache stops growing rather than evicting.
    private const int MaxEntries = 1_024;

    private readonly ConcurrentDictionary<string, RenderedBody> _bodies = new(StringComparer.Ordinal);

    public RenderedBody Render(string markdown, bool keep)
    {
        if (_bodies.TryGetValue(markdown, out var rendered))
        {
            return rendered;
        }
        var document = LessonMarkdown.Parse(markdown);
        rendered = new RenderedBody(LessonMarkdown.StartsWithHeading(document), LessonMarkdown.ToHtml(document), MarkdownPlainText.Render(document));
        if (keep && _bodies.Count < MaxEntries)
        {
            _bodies.TryAdd(markdown, rendered);
        }
        return rendered;
    }
}
