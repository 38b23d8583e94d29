using System.Text;
using PainDrip.Core.Coaching;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>The queue: open items, most urgent first, with filters by reason; the count is in the title.</summary>
public static class QueuePage
{
    public static string Render(QueueView view, Coach coach)
    {
        var html = new StringBuilder();
        html.Append($"  <p class=\"lead\">{view.OpenCount} open item(s), most urgent first, then the longest waiting.</p>\n");
        html.Append(Filters(view));
        if (view.Rows.Count == 0)
        {
            html.Append(view.Filter is null
                ? "  <p>Nothing waits. New items appear here as replies come in, and urgent ones are emailed to the coaches at once.</p>\n"
                : "  <p>No open item has this reason.</p>\n");
        }
        else
        {
            html.Append("  <ol class=\"queue\">\n");
            foreach (var row in view.Rows)
            {
                html.Append(Item(row));
            }
            html.Append("  </ol>\n");
        }
        var title = view.Filter is { } filter
            ? $"Queue: {QueueOrder.FilterLabel(filter)} ({view.Rows.Count} open)"
            : $"Queue ({view.OpenCount} open)";
        return ConsoleFrame.Render(title, ConsoleFrame.QueuePath, coach, html.ToString());
    }

    private static string Item(QueueRow row)
    {
        var flags = string.Concat(row.Flags.Select(f => $"<span class=\"badge{(f.Urgent ? " bad" : "")}\">{E(f.Label)}</span>"));
        var replies = row.Item.ReplyIds.Count > 1 ? $" · {row.Item.ReplyIds.Count} replies" : "";
        var link = ConsoleFrame.PersonLink(row.Item.Entry.Item.EnrollmentId, row.Item.Id);
        return $"""
                <li class="{(row.Rank <= 1 ? "urgent" : "normal")}">
                  <h2><a href="{E(link)}">{E(row.FirstName)}: {E(row.Reason)}</a></h2>
                  <p class="meta">Week {row.Week} · {row.Phase} · {E(ConsoleText.StatusName(row.Status))} · waited {E(ConsoleText.Waited(row.Waited))}{replies}</p>
                  {(flags.Length > 0 ? $"<p>{flags}</p>" : "")}
                </li>

            """;
    }

    private static string Filters(QueueView view)
    {
        var links = new StringBuilder("  <nav aria-label=\"Filter by reason\"><ul class=\"filters\">\n");
        links.Append(Filter("All", view.OpenCount, ConsoleFrame.QueuePath, view.Filter is null));
        foreach (var reason in QueueOrder.Filters.Where(r => view.Counts.ContainsKey(r) || r == view.Filter))
        {
            links.Append(Filter(QueueOrder.FilterLabel(reason), view.Counts.GetValueOrDefault(reason),
                $"{ConsoleFrame.QueuePath}?reason={QueueOrder.Code(reason)}", view.Filter == reason));
        }
        // Reasons this version does not know yet are still counted under All.
        return links.Append("  </ul></nav>\n").ToString();
    }

    private static string Filter(string label, int count, string href, bool current) =>
        $"    <li><a href=\"{E(href)}\"{(current ? " aria-current=\"page\"" : "")}>{E(label)} ({count})</a></li>\n";
}
