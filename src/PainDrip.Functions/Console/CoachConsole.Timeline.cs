using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Console;

public sealed partial class CoachConsole
{
    private List<TimelineLine> Timeline(
        EnrollmentRecord record, IReadOnlyList<ProgressEntry> entries, IReadOnlyList<Delivery> sent,
        IReadOnlyDictionary<string, ReplyView> replies, IReadOnlyList<CoachDeskItem> items)
    {
        var lines = new List<TimelineLine> { new(record.ConsentedAt, "signup", "Signed up", ConsoleText.Answers(record.Enrollment.Profile)) };
        lines.AddRange(entries.Where(e => e.Kind != ProgressKind.Enrolled).Select(e => Line(e, replies)));
        lines.AddRange(sent.Where(d => d.SentAt is null).Select(d =>
            new TimelineLine(d.RecordedAt, "unsent", $"Email not confirmed sent: {Subject(d.LessonId)}", "The mail service never accepted it; it is not sent again automatically.")));
        lines.AddRange(items.Select(i => new TimelineLine(i.Entry.Item.At, "item",
            $"Coach queue: {QueueOrder.Label(i.Entry.Item.Reason, i.Entry.Item.RedFlags)}",
            i.Resolution is { } r ? $"resolved by {r.By}" : "open")));
        // Things that happen in one instant read best cause first: the reply, what it raised, then what went out.
        return [.. lines.Select((line, index) => (line, index)).OrderBy(p => p.line.At).ThenBy(p => Order(p.line.Kind)).ThenBy(p => p.index).Select(p => p.line)];
    }

    private static int Order(string kind) => kind switch
    {
        "signup" => 0,
        "start" => 1,
        "reply" => 2,
        "redflag" => 3,
        "item" => 4,
        _ => 5,
    };

    private TimelineLine Line(ProgressEntry entry, IReadOnlyDictionary<string, ReplyView> replies)
    {
        var phase = ConsoleText.PhaseName(entry.Phase);
        return entry.Kind switch
        {
            ProgressKind.Confirmed => new(entry.At, "start", "Confirmed: the program started", $"phase {phase}"),
            ProgressKind.EmailSent => new(entry.At, "email", $"Email sent: {Subject(entry.Detail)}", $"phase {phase}"),
            ProgressKind.ReplyRead => ReplyLine(entry, replies),
            ProgressKind.PhaseChanged => new(entry.At, ConsoleText.IsFlare(entry.Detail) ? "flare" : "phase",
                $"Phase {phase}: {ConsoleText.Gate(entry.Detail)}"),
            ProgressKind.RedFlag => new(entry.At, "redflag", "Red flag: safety hold", ConsoleText.FlagLabels(entry.Detail)),
            ProgressKind.Paused => new(entry.At, "hold", "Paused", ConsoleText.Source(entry.Detail)),
            ProgressKind.Resumed => new(entry.At, "resume", "Resumed", ConsoleText.Source(entry.Detail)),
            ProgressKind.Stopped => new(entry.At, "stop", "Stopped", ConsoleText.Source(entry.Detail)),
            ProgressKind.Completed => new(entry.At, "done", "Graduated", entry.Detail),
            ProgressKind.PreferencesChanged => new(entry.At, "prefs", "Changed email preferences", entry.Detail),
            ProgressKind.CoachAction => new(entry.At, "coach", "Coach action", ConsoleText.CoachAction(entry.Detail)),
            _ => new(entry.At, "other", entry.Kind.ToString(), entry.Detail),
        };
    }

    private static TimelineLine ReplyLine(ProgressEntry entry, IReadOnlyDictionary<string, ReplyView> replies)
    {
        var reply = ConsoleText.InboxIdIn(entry.Detail) is { } id && replies.TryGetValue(id, out var found) ? found : null;
        var found_ = entry.PainScore is { } pain ? $"The reader found pain {pain}/10." : "The reader found no pain score.";
        return new(entry.At, "reply", reply?.Subject is { Length: > 0 } subject ? $"Reply: {subject}" : "Reply", found_, reply?.Text);
    }

    private string Subject(string? lessonId) =>
        lessonId is null ? "(unknown)" : library.Find(lessonId)?.Title ?? (lessonId == CoachAnswers.LessonId ? "An answer from the coach" : lessonId);

    private PainSeries Chart(EnrollmentRecord record, IReadOnlyList<ProgressEntry> entries)
    {
        var enrollment = record.Enrollment;
        double WeekOf(Instant at) => enrollment.StartDate is { } start
            ? Math.Max(0, Period.DaysBetween(start, at.InZone(enrollment.Zone).Date)) / 7.0
            : 0;
        var points = new List<PainPoint> { new(0, enrollment.Profile.PainNow, entries.FirstOrDefault()?.Phase ?? enrollment.Phase, record.ConsentedAt, "sign-up") };
        points.AddRange(entries.Where(e => e.Kind == ProgressKind.ReplyRead && e.PainScore is not null)
            .Select(e => new PainPoint(WeekOf(e.At), e.PainScore!.Value, e.Phase, e.At, "reply")));
        var marks = entries.Where(e => e.Kind == ProgressKind.RedFlag || (e.Kind == ProgressKind.PhaseChanged && ConsoleText.IsFlare(e.Detail)))
            .Select(e => new ChartMark(WeekOf(e.At), e.Kind == ProgressKind.RedFlag ? "red flag" : "flare", e.At)).ToList();
        var now = WeekOf(clock.GetCurrentInstant());
        var bands = new List<PhaseBand>();
        foreach (var entry in entries.Where(e => enrollment.StartDate is not null && e.Kind != ProgressKind.Enrolled))
        {
            var x = WeekOf(entry.At);
            if (bands.Count == 0 || bands[^1].Phase != entry.Phase)
            {
                if (bands.Count > 0)
                {
                    bands[^1] = bands[^1] with { To = x };
                }
                bands.Add(new PhaseBand(bands.Count == 0 ? 0 : x, x, entry.Phase));
            }
        }
        if (bands.Count > 0)
        {
            bands[^1] = bands[^1] with { To = Math.Max(bands[^1].To, now) };
        }
        var weeks = (int)Math.Ceiling(Math.Max(6, Math.Max(now, points.Max(p => p.Week))));
        return new PainSeries(points, bands, marks, weeks);
    }
}
