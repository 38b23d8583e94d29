using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;

namespace PainDrip.Functions.Console;

/// <summary>What the console pages show, read from the stores: the queue, a person, the cohort.</summary>
public sealed partial class CoachConsole(
    ICoachDesk desk,
    IEnrollmentStore enrollments,
    IEnrollmentDirectory directory,
    IProgressLog progress,
    IDeliveryLedger deliveries,
    IInbox inbox,
    ILessonLibrary library,
    IClock clock)
{
    /// <summary>The most open items the queue reads.</summary>
    public const int MaxQueue = 500;

    /// <summary>The most people the outcomes page reads.</summary>
    public const int MaxCohort = 2000;

    /// <summary>Open items, most urgent first, then the longest waiting; only one reason when <paramref name="filter"/> is set.</summary>
    public async Task<QueueView> QueueAsync(CoachQueueReason? filter, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var open = await desk.ListOpenAsync(MaxQueue, cancellationToken);
        var rows = new List<QueueRow>();
        var people = new Dictionary<string, EnrollmentRecord?>(StringComparer.Ordinal);
        foreach (var item in open.Where(i => filter is null || i.Entry.Item.Reason == filter))
        {
            var id = item.Entry.Item.EnrollmentId;
            if (!people.TryGetValue(id, out var record))
            {
                people[id] = record = id.Length == 0 ? null : await enrollments.FindAsync(id, cancellationToken);
            }
            rows.Add(Row(item, record, now));
        }
        var ordered = rows.OrderBy(r => r.Rank).ThenByDescending(r => r.Waited).ToList();
        var counts = open.GroupBy(i => i.Entry.Item.Reason).ToDictionary(g => g.Key, g => g.Count());
        return new QueueView(ordered, open.Count, filter, counts);
    }

    /// <summary>A person's page, or <see langword="null"/> for an unknown id.</summary>
    public async Task<PersonView?> PersonAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        if (await enrollments.FindAsync(enrollmentId, cancellationToken) is not { } record)
        {
            return null;
        }
        var entries = await progress.ListAsync(enrollmentId, cancellationToken);
        var items = await desk.ListForAsync(enrollmentId, cancellationToken);
        var sent = await deliveries.ListAsync(enrollmentId, cancellationToken);
        var replies = await RepliesAsync(enrollmentId, entries, items, cancellationToken);
        var timeline = Timeline(record, entries, sent, replies, items);
        var week = record.Enrollment.ProgramWeekAt(clock.GetCurrentInstant());
        return new PersonView(record, week, timeline, items, replies, Chart(record, entries));
    }

    private static QueueRow Row(CoachDeskItem item, EnrollmentRecord? record, Instant now)
    {
        var flags = item.Entry.Item.RedFlags;
        var enrollment = record?.Enrollment;
        return new QueueRow(
            item,
            record?.Contact.FirstName is { Length: > 0 } name ? name : "(unknown person)",
            enrollment?.ProgramWeekAt(now) ?? 0,
            enrollment?.Phase ?? Phase.Calm,
            enrollment?.Status ?? EnrollmentStatus.Stopped,
            QueueOrder.Rank(item.Entry.Item.Reason, flags),
            QueueOrder.Label(item.Entry.Item.Reason, flags),
            flags.Select(RedFlagInfo.For).ToList(),
            now - item.Entry.Item.At);
    }

    private async Task<Dictionary<string, ReplyView>> RepliesAsync(
        string enrollmentId, IReadOnlyList<ProgressEntry> entries, IReadOnlyList<CoachDeskItem> items, CancellationToken cancellationToken)
    {
        var ids = entries.Where(e => e.Kind == ProgressKind.ReplyRead).Select(e => ConsoleText.InboxIdIn(e.Detail)).OfType<string>()
            .Concat(items.SelectMany(i => i.ReplyIds)).Distinct(StringComparer.Ordinal);
        var replies = new Dictionary<string, ReplyView>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (await inbox.FindAsync(enrollmentId, id, cancellationToken) is { } reply)
            {
                replies[id] = new ReplyView(id, reply.ReceivedAt, reply.Message.Subject, reply.Message.Text);
            }
        }
        return replies;
    }
}
