using System.Globalization;
using System.Text;
using PainDrip.Core.Coaching;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>The cohort at a glance, and its CSV.</summary>
public static class OutcomesPage
{
    public const string CsvPath = "/api/console/outcomes.csv";

    public static string Render(OutcomesView view, Coach coach)
    {
        var people = view.People;
        var completed = people.Count(p => p.Status == EnrollmentStatus.Completed);
        var html = new StringBuilder();
        html.Append($"  <p class=\"lead\">{people.Count} people started the program; {completed} graduated ({Percent(completed, people.Count)}). "
            + $"{people.Count(p => p.Status == EnrollmentStatus.SafetyHold)} on safety hold. <a href=\"{CsvPath}\" download>Download as CSV</a></p>\n");
        if (view.Truncated)
        {
            html.Append($"  <p class=\"status problem\" role=\"alert\">Only the first {CoachConsole.MaxCohort} people are counted.</p>\n");
        }
        html.Append("  <h2>People by phase and status</h2>\n").Append(PhaseTable(people));
        var withCheckin = people.Where(p => p.LatestCheckin is not null).ToList();
        var painSummary = withCheckin.Count == 0
            ? "No check-in answered yet."
            : Inv($"{withCheckin.Count} people answered a check-in: average pain {withCheckin.Average(p => p.SignupPain):0.0} at sign-up, {withCheckin.Average(p => p.LatestCheckin!.Value):0.0} at the latest check-in; {withCheckin.Count(p => p.LatestCheckin < p.SignupPain)} better, {withCheckin.Count(p => p.LatestCheckin > p.SignupPain)} worse.");
        html.Append("  <h2>Pain at sign-up and now</h2>\n").Append(OutcomesCharts.PainBeforeAfter(people, painSummary));
        var flagTotal = view.FlagsPerWeek.Values.Sum();
        var flagSummary = flagTotal == 0 ? "No red flag reported." : $"{flagTotal} red flag report(s): " + string.Join(", ", view.FlagsPerWeek.Select(p => $"week {p.Key}: {p.Value}")) + ".";
        html.Append("  <h2>Red flags per week</h2>\n").Append(OutcomesCharts.FlagsPerWeek(view.FlagsPerWeek, flagSummary));
        html.Append("  <h2>Replies waiting</h2>\n");
        html.Append(view.Waiting.Count == 0 ? "  <p>None.</p>\n"
            : "  <ul>" + string.Concat(view.Waiting.Select(w => $"<li>{E(w.Key)}: {w.Value}</li>")) + $"</ul>\n  <p><a href=\"{ConsoleFrame.QueuePath}\">Open the queue</a></p>\n");
        return ConsoleFrame.Render("Outcomes", ConsoleFrame.OutcomesPath, coach, html.ToString());
    }

    /// <summary>One row per person: ids and numbers only (no name, no address), so the file can be shared for analysis.</summary>
    public static string Csv(OutcomesView view)
    {
        var csv = new StringBuilder("enrollment_id,status,phase,week,pain_at_signup,pain_latest_checkin,red_flags,open_items\r\n");
        foreach (var p in view.People)
        {
            csv.Append(Inv($"{p.EnrollmentId},{p.Status},{p.Phase},{p.Week},{p.SignupPain},{p.LatestCheckin?.ToString(CultureInfo.InvariantCulture) ?? ""},{p.RedFlags},{p.OpenItems}\r\n"));
        }
        return csv.ToString();
    }

    private static string PhaseTable(IReadOnlyList<CohortRow> people)
    {
        var statuses = people.Select(p => p.Status).Distinct().Order().ToList();
        var head = string.Concat(statuses.Select(s => $"<th scope=\"col\">{E(ConsoleText.StatusName(s))}</th>"));
        var rows = Enum.GetValues<Phase>().Where(phase => people.Any(p => p.Phase == phase)).Select(phase =>
            $"<tr><th scope=\"row\">{phase}</th>{string.Concat(statuses.Select(s => $"<td>{people.Count(p => p.Phase == phase && p.Status == s)}</td>"))}<td>{people.Count(p => p.Phase == phase)}</td></tr>");
        return people.Count == 0 ? "  <p>Nobody has started yet.</p>\n"
            : $"  <div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Phase</th>{head}<th scope=\"col\">All</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table></div>\n";
    }

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : Inv($"{100.0 * part / whole:0}%");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
