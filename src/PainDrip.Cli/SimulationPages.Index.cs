using System.Globalization;
using System.Net;
using System.Text;
using PainDrip.Core.Coaching;

namespace PainDrip.Cli;

public static partial class SimulationPages
{
    private const int ChartWidth = 340;
    private const int ChartHeight = 120;

    /// <summary>The replies as a list: day, what was read, what it decided, and the text.</summary>
    public static string RepliesSection(SimulationResult result)
    {
        if (result.Replies.Count == 0)
        {
            return "<h2>Replies</h2>\n  <p>No replies in this simulation.</p>\n";
        }
        var items = new StringBuilder();
        foreach (var reply in result.Replies)
        {
            var pain = reply.PainScore is { } score ? $"{score}/10" : "no number";
            items.Append(CultureInfo.InvariantCulture,
                $"    <li><strong>Day {reply.Day}</strong> ({Encode(pain)}, {Encode(Code(reply.Gate))}): {Encode(reply.Text)}</li>\n");
        }
        return $"<h2>Replies</h2>\n  <ul class=\"replies\">\n{items}  </ul>\n";
    }

    /// <summary>An inline SVG line of the pain scores over the days: the sign-up score on day 0, then each reply's.</summary>
    public static string PainLine(SimulationResult result, int? signUpPain)
    {
        var points = new List<(int Day, int Pain)>();
        if (signUpPain is { } first)
        {
            points.Add((0, first));
        }
        points.AddRange(result.Replies.Where(r => r.PainScore is not null).Select(r => (r.Day, r.PainScore!.Value)));
        if (points.Count == 0)
        {
            return "<h2>Pain over the weeks</h2>\n  <p>No pain scores in this simulation.</p>\n";
        }
        var lastDay = Math.Max(7, Math.Max(points.Max(p => p.Day), result.Emails.Count == 0 ? 0 : result.Emails[^1].Day));
        string X(int day) => (10 + day * (ChartWidth - 20.0) / lastDay).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(int pain) => (10 + (10 - pain) * (ChartHeight - 20.0) / 10).ToString("0.#", CultureInfo.InvariantCulture);
        var line = string.Join(' ', points.Select(p => $"{X(p.Day)},{Y(p.Pain)}"));
        var dots = string.Concat(points.Select(p =>
            $"<circle cx=\"{X(p.Day)}\" cy=\"{Y(p.Pain)}\" r=\"3\"><title>Day {p.Day}: {p.Pain}/10</title></circle>"));
        var summary = string.Join(", ", points.Select(p => $"day {p.Day}: {p.Pain}"));
        return $"""
          <h2>Pain over the weeks</h2>
          <svg class="pain" viewBox="0 0 {ChartWidth} {ChartHeight}" role="img" aria-label="Pain from 0 to 10 by day: {WebUtility.HtmlEncode(summary)}">
            <line x1="10" y1="{Y(0)}" x2="{ChartWidth - 10}" y2="{Y(0)}" stroke="#d5dde3"/><line x1="10" y1="{Y(10)}" x2="{ChartWidth - 10}" y2="{Y(10)}" stroke="#d5dde3"/>
            <polyline points="{line}" fill="none" stroke="#1d6fa5" stroke-width="2"/>{dots}
          </svg>
          <p class="legend">0 at the bottom, 10 at the top; day 0 is the sign-up score. {WebUtility.HtmlEncode(summary)}.</p>

        """;
    }
}
