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
    /// <summary>The page as HTML, in the frame and look of every other page (<see cref="PageShell"/>). Every text is encoded.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var paragraph in Paragraphs)
        {
            html.Append(PageShell.Paragraph(paragraph));
        }
        if (Form is { } form)
        {
            html.Append("  <form method=\"post\" action=\"").Append(PageShell.Encode(form.Action)).Append("\">\n");
            foreach (var (name, value) in form.Fields)
            {
                html.Append("    <input type=\"hidden\" name=\"").Append(PageShell.Encode(name))
                    .Append("\" value=\"").Append(PageShell.Encode(value)).Append("\">\n");
            }
            html.Append("    <button type=\"submit\">").Append(PageShell.Encode(form.Label)).Append("</button>\n  </form>\n");
        }
        return PageShell.Render(Title, html.ToString());
    }
}
