using PainDrip.Functions.Pages;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>The console's pages in the one page frame (<see cref="PageShell.RenderConsole"/>), with its navigation.</summary>
public static class ConsoleFrame
{
    public const string QueuePath = "/api/console";
    public const string PersonPath = "/api/console/person";
    public const string OutcomesPath = "/api/console/outcomes";
    public const string AnswerPath = "/api/console/answer";
    public const string ActionPath = "/api/console/action";

    /// <summary>A whole page; <paramref name="contentHtml"/> must already be encoded.</summary>
    public static string Render(string title, string current, Coach coach, string contentHtml)
    {
        var nav = $"""
              <nav class="console" aria-label="Coach console">
                <a href="{QueuePath}"{Current(current, QueuePath)}>Queue</a>
                <a href="{OutcomesPath}"{Current(current, OutcomesPath)}>Outcomes</a>
                <span class="who">Signed in as {E(coach.Name)}</span>
              </nav>
            """;
        return PageShell.RenderConsole(title, nav, contentHtml);
    }

    /// <summary>The outcome of a form, announced to screen readers (an alert when it is a problem).</summary>
    public static string Status(ActionResult? result) => result is null ? "" : result.IsProblem
        ? $"  <p class=\"status problem\" role=\"alert\">{E(result.Message)}</p>\n"
        : $"  <p class=\"status\" role=\"status\">{E(result.Message)}</p>\n";

    /// <summary>The link to a person's page (and an item on it).</summary>
    public static string PersonLink(string enrollmentId, string? itemId = null) =>
        itemId is null ? $"{PersonPath}?id={Q(enrollmentId)}" : $"{PersonPath}?id={Q(enrollmentId)}&item={Q(itemId)}#item-{Anchor(itemId)}";

    /// <summary>An id fit for an HTML id attribute.</summary>
    public static string Anchor(string itemId) => new(itemId.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private static string Current(string current, string path) => current == path ? " aria-current=\"page\"" : "";
}
