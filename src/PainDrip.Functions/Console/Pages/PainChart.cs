using System.Globalization;
using System.Text;
using PainDrip.Core.Coaching;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>The pain chart as inline SVG, drawn on the server: pain 0–10 over program weeks, the phases shaded behind,
/// flares and red flags marked; followed by the same scores as a table for screen readers and for anyone who
/// prefers numbers.</summary>
public static class PainChart
{
    private const double Width = 640, Height = 260, Left = 40, Right = 12, Top = 26, Bottom = 40;

    public static string Render(PainSeries series)
    {
        var svg = new StringBuilder();
        var x = (double week) => Left + week / series.Weeks * (Width - Left - Right);
        var y = (double pain) => Top + (10 - pain) / 10 * (Height - Top - Bottom);
        svg.Append(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"pain-title pain-desc\">"));
        svg.Append("<title id=\"pain-title\">Pain over the program</title>")
           .Append("<desc id=\"pain-desc\">").Append(E(Summary(series))).Append("</desc>");
        foreach (var band in series.Bands.Where(b => b.To > b.From))
        {
            svg.Append(Inv($"<rect class=\"band band-{Css(band.Phase)}\" x=\"{x(band.From):0.#}\" y=\"{Top}\" width=\"{x(band.To) - x(band.From):0.#}\" height=\"{Height - Top - Bottom}\"><title>{band.Phase}</title></rect>"));
        }
        for (var pain = 0; pain <= 10; pain += 2)
        {
            svg.Append(Inv($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y(pain):0.#}\" y2=\"{y(pain):0.#}\"/><text x=\"{Left - 8}\" y=\"{y(pain) + 4:0.#}\" text-anchor=\"end\">{pain}</text>"));
        }
        for (var week = 0; week <= series.Weeks; week++)
        {
            svg.Append(Inv($"<text x=\"{x(week):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{week}</text>"));
        }
        svg.Append(Inv($"<text x=\"{(Left + Width - Right) / 2:0.#}\" y=\"{Height - 6}\" text-anchor=\"middle\">Weeks since the program started</text>"));
        svg.Append(Inv($"<text x=\"{Left - 30}\" y=\"{Top - 10}\">Pain (0–10)</text>"));
        var points = series.Points.OrderBy(p => p.At).ToList();
        svg.Append("<polyline class=\"line\" points=\"")
           .Append(string.Join(' ', points.Select(p => Inv($"{x(p.Week):0.#},{y(p.Pain):0.#}")))).Append("\"/>");
        foreach (var point in points)
        {
            svg.Append(Inv($"<circle class=\"dot\" cx=\"{x(point.Week):0.#}\" cy=\"{y(point.Pain):0.#}\" r=\"4.5\"><title>{E(Day(point.At))}: pain {point.Pain} ({point.Source})</title></circle>"));
        }
        foreach (var mark in series.Marks)
        {
            svg.Append(Inv($"<path class=\"mark\" d=\"M{x(mark.Week):0.#},{Top + 2} l-7,-12 h14 z\"><title>{E(mark.Kind)} on {E(Day(mark.At))}</title></path>"));
        }
        svg.Append("</svg>");
        return $"""
            <figure>
            {svg}
            <figcaption>{E(Summary(series))}</figcaption>
            {Legend(series)}
            <details><summary>The pain scores as a table</summary>
            {Table(series)}
            </details>
            </figure>

            """;
    }

    private static string Summary(PainSeries series)
    {
        var points = series.Points.OrderBy(p => p.At).ToList();
        var text = points.Count <= 1
            ? $"Pain {points[0].Pain} at sign-up; no score from a reply yet."
            : $"Pain {points[0].Pain} at sign-up, {points[^1].Pain} in the latest reply ({points.Count - 1} score(s) from replies).";
        var flares = series.Marks.Count(m => m.Kind == "flare");
        var flags = series.Marks.Count(m => m.Kind == "red flag");
        return text + (flares > 0 ? $" {flares} flare(s)." : "") + (flags > 0 ? $" {flags} red flag(s)." : "");
    }

    private static string Legend(PainSeries series)
    {
        var items = series.Bands.Select(b => b.Phase).Distinct()
            .Select(phase => $"<li><span class=\"swatch sw-{Css(phase)}\" aria-hidden=\"true\"></span>{phase}</li>");
        return $"<ul class=\"legend\" aria-label=\"Chart key\">{string.Concat(items)}<li><span aria-hidden=\"true\">▼</span> flare or red flag</li></ul>";
    }

    private static string Table(PainSeries series)
    {
        var rows = series.Points.OrderBy(p => p.At)
            .Select(p => $"<tr><td>{E(Day(p.At))}</td><td>{Inv($"{p.Week:0.#}")}</td><td>{p.Pain}</td><td>{p.Phase}</td><td>{E(p.Source)}</td></tr>")
            .Concat(series.Marks.Select(m => $"<tr><td>{E(Day(m.At))}</td><td>{Inv($"{m.Week:0.#}")}</td><td>–</td><td></td><td>{E(m.Kind)}</td></tr>"));
        return $"<div class=\"table-wrap\"><table><caption class=\"meta\">Pain scores, flares and red flags</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Week</th><th scope=\"col\">Pain</th><th scope=\"col\">Phase</th><th scope=\"col\">From</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table></div>";
    }

    private static string Css(Phase phase) => phase.ToString().ToLowerInvariant();

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
