using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Console;

public sealed partial class CoachConsole
{
    /// <summary>The cohort: every confirmed person's status, phase, pain at sign-up and at the latest check-in, red flags
    /// per program week, and what waits in the queue.</summary>
    public async Task<OutcomesView> OutcomesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var people = await directory.ListAsync(MaxCohort + 1, cancellationToken);
        var open = await desk.ListOpenAsync(MaxQueue, cancellationToken);
        var openBy = open.GroupBy(i => i.Entry.Item.EnrollmentId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = new List<CohortRow>();
        var flagsPerWeek = new SortedDictionary<int, int>();
        foreach (var record in people.Take(MaxCohort).Where(p => p.Enrollment.Status != EnrollmentStatus.Pending))
        {
            var entries = await progress.ListAsync(record.Id, cancellationToken);
            var flags = entries.Where(e => e.Kind == ProgressKind.RedFlag).ToList();
            foreach (var flag in flags)
            {
                var week = WeekAt(record.Enrollment, flag.At);
                flagsPerWeek[week] = flagsPerWeek.GetValueOrDefault(week) + 1;
            }
            var latest = entries.LastOrDefault(e => e.Kind == ProgressKind.ReplyRead && e.PainScore is not null)?.PainScore;
            rows.Add(new CohortRow(record.Id, record.Enrollment.Status, record.Enrollment.Phase, record.Enrollment.ProgramWeekAt(now),
                record.Enrollment.Profile.PainNow, latest, flags.Count, openBy.GetValueOrDefault(record.Id)));
        }
        var waiting = open.GroupBy(i => QueueOrder.Label(i.Entry.Item.Reason, i.Entry.Item.RedFlags))
            .OrderBy(g => g.Min(i => QueueOrder.Rank(i.Entry.Item.Reason, i.Entry.Item.RedFlags)))
            .ToDictionary(g => g.Key, g => g.Count());
        return new OutcomesView(rows.OrderBy(r => r.EnrollmentId, StringComparer.Ordinal).ToList(), flagsPerWeek, waiting, people.Count > MaxCohort);
    }

    // The program week an instant fell in, counted from the start date (1-based; pauses not taken off).
    private static int WeekAt(Enrollment enrollment, Instant at) => enrollment.StartDate is { } start
        ? Math.Max(0, Period.DaysBetween(start, at.InZone(enrollment.Zone).Date)) / 7 + 1
        : 1;
}
