using System.Net;

namespace PainDrip.Functions.Pages;

/// <summary>The frame of every page but the sign-up form (link, preferences and privacy pages): the signup page's own style sheet (read from
/// <c>signup.html</c>, so the pages cannot drift apart), a heading, the content, and the links home and to privacy.</summary>
internal static partial class PageShell
{
    private static readonly Lazy<string> Styles = new(() =>
    {
        var html = SignupPage.Html;
        var start = html.IndexOf("<style>", StringComparison.Ordinal);
        var end = html.IndexOf("</style>", StringComparison.Ordinal);
        return html[start..(end + "</style>".Length)];
    });

    // What the signup page does not need: the summary list of the preferences page and the privacy page's lists.
    private const string Extra = """
        <style>
          h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
          dl.now { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
          dl.now dt { color: var(--muted); } dl.now dd { margin: 0; font-weight: 600; }
          ul { padding-left: 1.25rem; } li { margin: .3rem 0; }
          form + form { margin-top: 0; }
          button.quiet { background: transparent; color: var(--bad); border: 2px solid var(--bad); }
          footer { color: var(--muted); font-size: .92rem; margin-top: 2.5rem; }
          a { color: var(--accent); }
        </style>
        """;

    /// <summary>A whole page; <paramref name="contentHtml"/> must already be encoded.</summary>
    public static string Render(string title, string contentHtml) => $"""
        {Head($"{title} – PainDrip", "")}
        <body>
        <main>
          <h1>{Encode(title)}</h1>
        {contentHtml}
          <footer><a href="/">PainDrip home</a> · <a href="/api/privacy">Privacy</a></footer>
        </main>
        </body>
        </html>

        """;

    // Everything up to </head>: the shared meta tags and style sheets, then any styles of a page family.
    private static string Head(string fullTitle, string moreStyles) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="robots" content="noindex">
        <title>{Encode(fullTitle)}</title>
        {Styles.Value}
        {Extra}
        {moreStyles}
        </head>
        """;

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Paragraph(string text, string? cssClass = null) =>
        cssClass is null ? $"  <p>{Encode(text)}</p>\n" : $"  <p class=\"{cssClass}\">{Encode(text)}</p>\n";
}
