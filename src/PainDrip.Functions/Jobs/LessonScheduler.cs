using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Jobs;

/// <summary>
/// Reads only the due entries, sends to <see cref="SchedulerOptions.SendConcurrency"/> people at once, claims each
/// person through <see cref="IProgramMailer"/> (an ETag-checked transaction before sending), and replaces the entry it
/// read with the next one. Two overlapping runs are safe: the loser's claim fails and it skips the person.
/// </summary>
/// <remarks>
/// A claim left unconfirmed (the sender stopped, or the send failed) keeps the person's entry due; a run that meets
/// it after <see cref="ProgramMailer.SendTimeout"/> settles it first (confirm or resend) and counts it in the summary.
/// </remarks>
public sealed partial class LessonScheduler(
    IDueIndex dueIndex,
    IEnrollmentStore enrollments,
    ProgramPlanner planner,
    IProgramMailer mailer,
    IProgressLog progress,
    IInbox inbox,
    ReplyProcessor replies,
    ProgramResumer resumer,
    ICoachQueue coachQueue,
    IClock clock,
    IOptions<SchedulerOptions> options,
    ILogger<LessonScheduler> logger) : ILessonScheduler
{
    private readonly SchedulerOptions _options = options.Value;

    /// <summary>How long a person whose send failed waits before the timer tries them again.</summary>
    public static readonly Duration FailedRetryDelay = Duration.FromHours(1);

    public async Task<SchedulerRunSummary> SendDueAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetCurrentInstant();
        var tally = new SchedulerTally();
        // Replies first: a retried reply may pause someone or put them on safety hold before their lesson goes.
        await RetryRepliesAsync(started, tally, cancellationToken);
        await SendLessonsAsync(started, tally, cancellationToken);
        var summary = tally.ToSummary();
        SchedulerLog.RunDone(logger, summary.ToString());
        return summary;
    }

    private bool OutOfTime(Instant started) =>
        clock.GetCurrentInstant() - started >= Duration.FromTimeSpan(_options.TimeBudget);

    private async Task RetryRepliesAsync(Instant started, SchedulerTally tally, CancellationToken cancellationToken)
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
                tally.StopEarly(0);
                return;
            }
            await RetryReplyAsync(item, tally, cancellationToken);
        }
    }

    // Each row on its own: one that cannot be read is shown to the coach, and never stops the others.
    private async Task RetryReplyAsync(InboxItem item, SchedulerTally tally, CancellationToken cancellationToken)
    {
        try
        {
            if (item.State == InboxState.Parked)
            {
                var coachItem = new CoachQueueItem(item.EnrollmentId ?? "", CoachQueueReason.Parked, [], clock.GetCurrentInstant());
                await coachQueue.AddAsync(new CoachQueueEntry(coachItem, item.Id), cancellationToken);
                tally.ReplyParked();
                return;
            }
            if ((await replies.ProcessAsync(item, cancellationToken)).State == InboxState.Parked)
            {
                tally.ReplyParked();
            }
            tally.ReplyRetried();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.Failed(logger, item.EnrollmentId ?? "", exception.GetType().Name);
        }
    }

    private async Task SendLessonsAsync(Instant started, SchedulerTally tally, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.SendConcurrency), CancellationToken = cancellationToken };
        while (!tally.StoppedEarly)
        {
            var due = await dueIndex.ReadDueAsync(clock.GetCurrentInstant(), _options.BatchSize, cancellationToken);
            var fresh = due.Where(entry => seen.Add(entry.EnrollmentId)).ToList();
            await Parallel.ForEachAsync(fresh, parallel, async (entry, token) =>
            {
                if (tally.StoppedEarly || OutOfTime(started))
                {
                    tally.StopEarly(1);
                    return;
                }
                tally.Add(await SendOneAsync(entry, tally, token));
            });
            // A short batch was everything due; a batch of only seen entries means the rest are ones this run skipped.
            if (due.Count < _options.BatchSize || fresh.Count == 0)
            {
                return;
            }
        }
    }

    private async Task<SendOutcome> SendOneAsync(DueEntry entry, SchedulerTally tally, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["EnrollmentId"] = entry.EnrollmentId });
        try
        {
            return await SendToAsync(entry, tally, cancellationToken);
        }
        catch (StoreConflictException exception)
        {
            SchedulerLog.ClaimedElsewhere(logger, entry.EnrollmentId, exception.Conflict.ToString());
            return SendOutcome.Skipped;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.Failed(logger, entry.EnrollmentId, exception.GetType().Name);
            await PutBackAsync(entry, cancellationToken);
            return SendOutcome.Failed;
        }
    }

    // A person whose send keeps failing must not stay at the head of every due read and starve the rest:
    // try them again an hour later (the failure is in the log for a human to look at).
    private async Task PutBackAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await dueIndex.ReplaceAsync(entry, clock.GetCurrentInstant() + FailedRetryDelay, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.Failed(logger, entry.EnrollmentId, exception.GetType().Name);
        }
    }
}
