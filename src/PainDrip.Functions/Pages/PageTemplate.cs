using System.Net;
using System.Text;

namespace PainDrip.Functions.Pages;

/// <summary>A button that posts back to the link's own address.</summary>
/// <param name="Action">The form's action URL (path and query).</param>
/// <param name="Label">The button text.</param>
/// <param name="Fields">Hidden fields to post.</param>
public sealed record PageForm(string Action, string Label, IReadOnlyDictionary<string, string> Fields);

/// <summary>A small page for people who clicked a link in an email.</summary>
/// <param name="StatusCode">The HTTP status to answer with.</param>
/// <param name="Title">The heading (and the browser tab title).</param>
/// <param name="Paragraphs">Plain text paragraphs; every one is HTML-encoded.</param>
/// <param name="Form">An optional one-button form.</param>
public sealed record LinkPage(int StatusCode, string Title, IReadOnlyList<string> Paragraphs, PageForm? Form = null)
{
    /// <summary>The page as HTML, in the same look as the signup page. Every text is encoded.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder(Head.Replace("{title}", Encode(Title)));
        html.Append("<main>\n  <h1>").Append(Encode(Title)).Append("</h1>\n");
        foreach (var paragraph in Paragraphs)
        {
            html.Append("  <p>").Append(Encode(paragraph)).Append("</p>\n");
        }
        if (Form is { } form)
        {
            html.Append("  <form method=\"post\" action=\"").Append(Encode(form.Action)).Append("\">\n");
            foreach (var (name, value) in form.Fields)
            {
                html.Append("    <input type=\"hidden\" name=\"").Append(Encode(name)).Append("\" value=\"").Append(Encode(value)).Append("\">\n");
            }
            html.Append("    <button type=\"submit\">").Append(Encode(form.Label)).Append("</button>\n  </form>\n");
        }
        html.Append("  <p class=\"small\"><a href=\"/\">PainDrip home</a></p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Head = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="robots" content="noindex">
        <title>{title} – PainDrip</title>
        <style>
          :root { --ink: #1d2733; --muted: #4f5d6b; --accent: #1f6f78; --paper: #ffffff; }
          @media (prefers-color-scheme: dark) { :root { --ink: #e8edf2; --muted: #b7c3cf; --accent: #7cc7cf; --paper: #151b21; } }
          * { box-sizing: border-box; }
          body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
          main { max-width: 640px; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
          h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; }
          a { color: var(--accent); }
          .small { color: var(--muted); font-size: .92rem; margin-top: 2rem; }
          button { font: inherit; font-weight: 600; background: var(--accent); color: var(--paper); border: 0; border-radius: 6px;
            padding: .75rem 1.4rem; cursor: pointer; width: 100%; margin-top: .5rem; }
          button:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        </style>
        </head>
        <body>

        """;
}
