using System.Text;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>The person's timeline, oldest first, as an ordered list.</summary>
public static class PersonTimeline
{
    public static string Render(IReadOnlyList<TimelineLine> lines)
    {
        var html = new StringBuilder("  <h2>Timeline</h2>\n  <ol class=\"timeline\">\n");
        foreach (var line in lines)
        {
            html.Append($"    <li class=\"t-{E(line.Kind)}\"><strong>{E(line.Title)}</strong>");
            html.Append($"<br><span class=\"meta\"><time datetime=\"{E(NodaTime.Text.InstantPattern.ExtendedIso.Format(line.At))}\">{E(Day(line.At))}</time>");
            html.Append(line.Detail is { Length: > 0 } detail ? $" · {E(detail)}" : "").Append("</span>");
            if (line.Quote is { Length: > 0 } quote)
            {
                html.Append($"<div class=\"reply\">{E(quote.Length > 1500 ? quote[..1500] + " …" : quote.Trim())}</div>");
            }
            html.Append("</li>\n");
        }
        return html.Append("  </ol>\n").ToString();
    }
}
