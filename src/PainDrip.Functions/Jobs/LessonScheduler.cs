using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Jobs;

/// <summary>
/// Reads only the due entries, claims each person through <see cref="IProgramMailer"/> (ETag save before sending),
/// and schedules the next email. Two overlapping runs are safe: the loser's save fails and it skips the person.
/// </summary>
public sealed class LessonScheduler(
    IDueIndex dueIndex,
    IEnrollmentStore enrollments,
    ProgramPlanner planner,
    IProgramMailer mailer,
    IProgressLog progress,
    IInbox inbox,
    ReplyProcessor replies,
    ProgramResumer resumer,
    IClock clock,
    IOptions<SchedulerOptions> options,
    ILogger<LessonScheduler> logger) : ILessonScheduler
{
    private readonly SchedulerOptions _options = options.Value;

    /// <summary>How long a person whose send failed waits before the timer tries them again.</summary>
    public static readonly Duration FailedRetryDelay = Duration.FromHours(1);

    private enum Outcome { Sent, NotDue, Skipped, Completed, Missing, Failed }

    public async Task<SchedulerRunSummary> SendDueAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetCurrentInstant();
        var tally = new Tally();
        // Replies first: a retried reply may pause someone or put them on safety hold before their lesson goes.
        await RetryRepliesAsync(started, tally, cancellationToken);
        await SendLessonsAsync(started, tally, cancellationToken);
        var summary = tally.ToSummary();
        SchedulerLog.RunDone(logger, summary.ToString());
        return summary;
    }

    private bool OutOfTime(Instant started) =>
        clock.GetCurrentInstant() - started >= Duration.FromTimeSpan(_options.TimeBudget);

    private async Task RetryRepliesAsync(Instant started, Tally tally, CancellationToken cancellationToken)
    {
        IReadOnlyList<InboxItem> pending;
        try
        {
            pending = await inbox.ListPendingAsync(started - Duration.FromTimeSpan(_options.RetryInboxAfter), _options.BatchSize, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.InboxUnreadable(logger, exception.GetType().Name);
            return;
        }
        foreach (var item in pending)
        {
            if (OutOfTime(started))
            {
                tally.StoppedEarly = true;
                return;
            }
            await replies.ProcessAsync(item, cancellationToken);
            tally.Replies++;
        }
    }

    private async Task SendLessonsAsync(Instant started, Tally tally, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!tally.StoppedEarly)
        {
            var due = await dueIndex.ReadDueAsync(clock.GetCurrentInstant(), _options.BatchSize, cancellationToken);
            var fresh = due.Where(entry => seen.Add(entry.EnrollmentId)).ToList();
            for (var i = 0; i < fresh.Count; i++)
            {
                if (OutOfTime(started))
                {
                    (tally.StoppedEarly, tally.Left) = (true, fresh.Count - i);
                    return;
                }
                tally.Add(await SendOneAsync(fresh[i].EnrollmentId, cancellationToken));
            }
            // A short batch was everything due; a batch of only seen entries means the rest are skipped ones.
            if (due.Count < _options.BatchSize || fresh.Count == 0)
            {
                return;
            }
        }
    }

    private async Task<Outcome> SendOneAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["EnrollmentId"] = enrollmentId });
        try
        {
            return await SendToAsync(enrollmentId, cancellationToken);
        }
        catch (StoreConflictException exception)
        {
            SchedulerLog.ClaimedElsewhere(logger, enrollmentId, exception.Conflict.ToString());
            return Outcome.Skipped;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.Failed(logger, enrollmentId, exception.GetType().Name);
            await PutBackAsync(enrollmentId, cancellationToken);
            return Outcome.Failed;
        }
    }

    // A person whose send keeps failing must not stay at the head of every due read and starve the rest:
    // try them again an hour later (the failure is in the log for a human to look at).
    private async Task PutBackAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        try
        {
            await dueIndex.ScheduleAsync(enrollmentId, clock.GetCurrentInstant() + FailedRetryDelay, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.Failed(logger, enrollmentId, exception.GetType().Name);
        }
    }

    private async Task<Outcome> SendToAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var record = await enrollments.FindAsync(enrollmentId, cancellationToken);
        if (record is null)
        {
            await dueIndex.CancelAsync(enrollmentId, cancellationToken);
            return Outcome.Missing;
        }
        var now = clock.GetCurrentInstant();
        if (resumer.IsPauseOver(record.Enrollment, now))
        {
            // A pause the person chose by days has run out: the resume email goes now, the next lesson on the next run.
            await resumer.ResumeAsync(record, now, "pause-ended", cancellationToken);
            return Outcome.Sent;
        }
        if (record.Enrollment.Status != EnrollmentStatus.Active || planner.PlanNext(record.Enrollment, now) is not { } planned)
        {
            await dueIndex.CancelAsync(enrollmentId, cancellationToken);
            return Outcome.Skipped;
        }
        if (!planned.IsDueAt(now))
        {
            await dueIndex.ScheduleAsync(enrollmentId, planned.Due, cancellationToken);
            return Outcome.NotDue;
        }
        var saved = await mailer.SendAsync(record, planned, DeliveryKeys.Scheduled(planned), cancellationToken);
        return await ScheduleNextAsync(saved, cancellationToken);
    }

    private async Task<Outcome> ScheduleNextAsync(EnrollmentRecord saved, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        if (planner.PlanNext(saved.Enrollment, now) is { } next)
        {
            await dueIndex.ScheduleAsync(saved.Id, next.Due, cancellationToken);
            return Outcome.Sent;
        }
        await dueIndex.CancelAsync(saved.Id, cancellationToken);
        if (saved.Enrollment.Status != EnrollmentStatus.Completed)
        {
            return saved.Enrollment.Status == EnrollmentStatus.Active ? Outcome.Sent : Outcome.Skipped;
        }
        await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Completed, saved.Enrollment.Phase), cancellationToken);
        return Outcome.Completed;
    }

    private sealed class Tally
    {
        private readonly Dictionary<Outcome, int> _counts = [];

        public int Left { get; set; }

        public int Replies { get; set; }

        public bool StoppedEarly { get; set; }

        public void Add(Outcome outcome) => _counts[outcome] = Count(outcome) + 1;

        public SchedulerRunSummary ToSummary() => new(
            Count(Outcome.Sent), Count(Outcome.NotDue), Count(Outcome.Skipped), Count(Outcome.Completed),
            Count(Outcome.Missing), Count(Outcome.Failed), Left, Replies, StoppedEarly);

        private int Count(Outcome outcome) => _counts.GetValueOrDefault(outcome);
    }
}
