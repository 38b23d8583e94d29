using System.Text;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>One person: what waits (with the replies and the answer form), the pain chart, the timeline, and the
/// program actions. Every form posts with the antiforgery field and a note.</summary>
public static class PersonPage
{
    public static string Render(PersonView view, Coach coach, string csrf, string? focusItem, ActionResult? result)
    {
        var record = view.Record;
        var name = record.Contact.FirstName is { Length: > 0 } first ? first : "(no name)";
        var html = new StringBuilder();
        html.Append($"  <p class=\"meta\">{E(ConsoleText.StatusName(record.Enrollment.Status))} · week {view.Week} · phase {record.Enrollment.Phase} · enrollment {E(record.Id)}</p>\n");
        html.Append(ConsoleFrame.Status(result));
        html.Append("  <div class=\"layout\">\n  <div>\n");
        html.Append(OpenItems(view, name, csrf, focusItem));
        html.Append("  <h2>Pain chart</h2>\n").Append(PainChart.Render(view.Chart));
        html.Append(PersonTimeline.Render(view.Timeline));
        html.Append("  </div>\n  <div>\n");
        html.Append(PersonForms.Actions(view, csrf));
        html.Append(ResolvedItems(view.Items));
        html.Append("  </div>\n  </div>\n");
        return ConsoleFrame.Render(name, ConsoleFrame.PersonPath, coach, html.ToString());
    }

    private static string OpenItems(PersonView view, string name, string csrf, string? focusItem)
    {
        var open = view.Items.Where(i => i.IsOpen).ToList();
        var html = new StringBuilder("  <h2>Waiting for you</h2>\n");
        if (open.Count == 0)
        {
            return html.Append("  <p>Nothing of this person waits in the queue.</p>\n").ToString();
        }
        foreach (var item in open.OrderBy(i => i.Id == focusItem ? 0 : 1))
        {
            var reason = QueueOrder.Label(item.Entry.Item.Reason, item.Entry.Item.RedFlags);
            html.Append($"  <section class=\"item\" id=\"item-{ConsoleFrame.Anchor(item.Id)}\" aria-label=\"{E(reason)}\">\n");
            html.Append($"    <h3>{E(reason)}</h3>\n    <p class=\"meta\">Since {E(Day(item.Entry.Item.At))}; latest reply {E(Day(item.LastReplyAt))}</p>\n");
            var flags = item.Entry.Item.RedFlags.Select(Core.Safety.RedFlagInfo.For).ToList();
            if (flags.Count > 0)
            {
                html.Append("    <p>").Append(string.Concat(flags.Select(f => $"<span class=\"badge{(f.Urgent ? " bad" : "")}\">{E(f.Label)}</span>"))).Append("</p>\n");
            }
            foreach (var replyId in item.ReplyIds)
            {
                html.Append(Reply(view.Replies.GetValueOrDefault(replyId)));
            }
            html.Append(PersonForms.Answer(view.Record.Id, item, name, csrf));
            html.Append(PersonForms.Resolve(view.Record.Id, item, csrf));
            html.Append("  </section>\n");
        }
        return html.ToString();
    }

    private static string Reply(ReplyView? reply) => reply is null
        ? "    <p class=\"meta\">This reply is no longer stored.</p>\n"
        : $"    <p class=\"meta\">{E(Day(reply.At))} · {E(reply.Subject)}</p>\n    <div class=\"reply\">{E(Cut(reply.Text))}</div>\n";

    private static string ResolvedItems(IReadOnlyList<CoachDeskItem> items)
    {
        var resolved = items.Where(i => i.Resolution is not null).ToList();
        if (resolved.Count == 0)
        {
            return "";
        }
        var rows = resolved.Select(i => $"<li>{E(QueueOrder.Label(i.Entry.Item.Reason, i.Entry.Item.RedFlags))}: resolved by {E(i.Resolution!.By)} on {E(Day(i.Resolution.At))}. {E(i.Resolution.Note)}</li>");
        return $"  <h2>Resolved items</h2>\n  <ul>{string.Concat(rows)}</ul>\n";
    }

    private static string Cut(string? text) => text is null ? "" : text.Length > 4000 ? text[..4000] + " …" : text.Trim();
}
