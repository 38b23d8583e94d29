using System.Globalization;
using System.Text;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>The cohort charts, as inline SVG drawn on the server, each with a text summary (tables follow on the page).</summary>
public static class OutcomesCharts
{
    /// <summary>One line per person from pain at sign-up to pain at the latest check-in.</summary>
    public static string PainBeforeAfter(IReadOnlyList<CohortRow> people, string summary)
    {
        const double width = 640, height = 280, left = 150, right = 490, top = 30, bottom = 250;
        var y = (double pain) => top + (10 - pain) / 10 * (bottom - top);
        var svg = new StringBuilder(Inv($"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"pain-cohort-title pain-cohort-desc\">"));
        svg.Append("<title id=\"pain-cohort-title\">Pain at sign-up against the latest check-in</title>")
           .Append($"<desc id=\"pain-cohort-desc\">{E(summary)}</desc>");
        for (var pain = 0; pain <= 10; pain += 2)
        {
            svg.Append(Inv($"<line class=\"grid\" x1=\"{left}\" x2=\"{right}\" y1=\"{y(pain):0.#}\" y2=\"{y(pain):0.#}\"/><text x=\"{left - 10}\" y=\"{y(pain) + 4:0.#}\" text-anchor=\"end\">{pain}</text>"));
        }
        svg.Append(Inv($"<text x=\"{left}\" y=\"{top - 12}\" text-anchor=\"middle\">At sign-up</text><text x=\"{right}\" y=\"{top - 12}\" text-anchor=\"middle\">Latest check-in</text>"));
        foreach (var person in people.Where(p => p.LatestCheckin is not null))
        {
            var latest = person.LatestCheckin!.Value;
            var trend = latest < person.SignupPain ? "better" : latest > person.SignupPain ? "worse" : "same";
            svg.Append(Inv($"<line class=\"line {trend}\" x1=\"{left}\" y1=\"{y(person.SignupPain):0.#}\" x2=\"{right}\" y2=\"{y(latest):0.#}\"><title>{E(person.EnrollmentId)}: {person.SignupPain} to {latest}</title></line>"));
        }
        svg.Append("</svg>");
        return $"<figure>{svg}<figcaption>{E(summary)} Lines going down are people whose pain fell; red lines, pain that rose.</figcaption></figure>\n";
    }

    /// <summary>Red flags reported in each program week, as bars.</summary>
    public static string FlagsPerWeek(IReadOnlyDictionary<int, int> flags, string summary)
    {
        const double width = 640, height = 200, left = 40, right = 12, top = 16, bottom = 160;
        var weeks = Math.Max(6, flags.Count == 0 ? 0 : flags.Keys.Max());
        var most = Math.Max(1, flags.Count == 0 ? 0 : flags.Values.Max());
        var slot = (width - left - right) / weeks;
        var svg = new StringBuilder(Inv($"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"flags-title flags-desc\">"));
        svg.Append("<title id=\"flags-title\">Red flags per program week</title>").Append($"<desc id=\"flags-desc\">{E(summary)}</desc>");
        svg.Append(Inv($"<line class=\"grid\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{bottom}\" y2=\"{bottom}\"/>"));
        for (var week = 1; week <= weeks; week++)
        {
            var count = flags.GetValueOrDefault(week);
            var barHeight = count / (double)most * (bottom - top);
            var x = left + (week - 1) * slot;
            svg.Append(Inv($"<rect class=\"bar\" x=\"{x + slot * .2:0.#}\" y=\"{bottom - barHeight:0.#}\" width=\"{slot * .6:0.#}\" height=\"{barHeight:0.#}\"><title>Week {week}: {count}</title></rect>"));
            svg.Append(Inv($"<text x=\"{x + slot / 2:0.#}\" y=\"{bottom + 16}\" text-anchor=\"middle\">W{week}</text>"));
            if (count > 0)
            {
                svg.Append(Inv($"<text x=\"{x + slot / 2:0.#}\" y=\"{bottom - barHeight - 4:0.#}\" text-anchor=\"middle\">{count}</text>"));
            }
        }
        svg.Append("</svg>");
        return $"<figure>{svg}<figcaption>{E(summary)}</figcaption></figure>\n";
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
