using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Core.Ports;
using PainDrip.Core.Replies;

namespace PainDrip.Functions.Services;

/// <summary>
/// Acts on one stored inbound message: reads it, applies the planner's decision, sends what must go at once,
/// queues it for a coach when needed, logs the person's progress and reschedules them.
/// </summary>
/// <remarks>
/// Messages without a valid reply token, auto-replies and replies for unknown enrollments are kept as
/// <see cref="InboxState.Ignored"/> and never answered, so two robots cannot mail each other forever.
/// A failure leaves the message <see cref="InboxState.Pending"/> with its error for the timer to retry,
/// until <see cref="MaxAttempts"/>; then it is parked and shown to the coach.
/// Applied once: a copy of a stored message (same key, see <see cref="IInbox.StoreAsync"/>) is left to the first copy,
/// and a retry finds the reply in <see cref="EnrollmentRecord.AppliedReplies"/>, saved in the same transaction as its effect.
/// Storage work is O(1) in the person's history: nothing reads the timeline.
/// </remarks>
public sealed partial class ReplyProcessor(
    IEnrollmentStore enrollments,
    IReplyReader reader,
    ILessonLibrary library,
    ProgramPlanner planner,
    IProgramMailer mailer,
    ICoachQueue coachQueue,
    IDueIndex dueIndex,
    IPersonJournal journal,
    IInbox inbox,
    IClock clock,
    ILogger<ReplyProcessor> logger,
    SenderCheck senderCheck)
{
    /// <summary>After this many failed attempts a message is parked for the coach instead of retried again.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How long a copy of a message waits for the first copy, still being processed, to finish.</summary>
    public static readonly TimeSpan CopyWait = TimeSpan.FromSeconds(3);

    /// <summary>A copy of a message still pending after this long takes it over: the first copy's process stopped.</summary>
    public static readonly Duration TakeOverAfter = Duration.FromMinutes(2);

    /// <summary>Processes the message and records the outcome on it.</summary>
    /// <exception cref="ReplyNotRecordedException">Processing failed and the failure could not be recorded for a retry
    /// (storage down): the caller must make the sender post it again (the webhook answers 503).</exception>
    public async Task<InboxItem> ProcessAsync(InboxItem item, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleAsync(item, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return await RecordFailureAsync(item, exception, cancellationToken);
        }
    }

    private async Task<InboxItem> HandleAsync(InboxItem item, CancellationToken cancellationToken)
    {
        if (item.StoredBefore)
        {
            return await HandleCopyAsync(item, cancellationToken);
        }
        if (IgnoreReason(item) is { } reason)
        {
            await FlagUnroutedAsync(item, cancellationToken);
            return await IgnoreAsync(item, reason, cancellationToken);
        }
        var enrollmentId = item.EnrollmentId!;
        if (await enrollments.FindAsync(enrollmentId, cancellationToken) is not { } record)
        {
            return await IgnoreAsync(item, "unknown enrollment", cancellationToken);
        }
        if (record.AppliedReplies.Contains(item.Id))
        {
            // A retry after a failure late in processing: the reply is applied; repair the schedule and finish.
            await RescheduleAsync(null, record, clock.GetCurrentInstant(), cancellationToken);
            return await inbox.UpdateAsync(item, InboxState.Processed, null, cancellationToken);
        }
        var signal = senderCheck.Filter(record, item.Message, reader.Read(ReplyWords.Of(item.Message, library)));
        try
        {
            await ApplyAsync(record, item, signal, cancellationToken);
        }
        catch (StoreConflictException exception) when (exception.Conflict == StoreConflict.Changed)
        {
            // Someone else saved the enrollment meanwhile (the timer, another reply): read it again and decide again, once.
            var fresh = await enrollments.FindAsync(enrollmentId, cancellationToken);
            if (fresh is null)
            {
                return await IgnoreAsync(item, "unknown enrollment", cancellationToken);
            }
            await ApplyAsync(fresh, item, signal, cancellationToken);
        }
        return await inbox.UpdateAsync(item, InboxState.Processed, null, cancellationToken);
    }

    private static string? IgnoreReason(InboxItem item) => item switch
    {
        { EnrollmentId: null } => "unknown token",
        { Message.IsAutoReply: true } => "auto-reply",
        _ => null,
    };

    // Mail we cannot tie to a person (a forward, a mangled reply address) is never answered, but a red flag in it
    // still reaches a coach, who can read the stored message and the sender's address.
    private async Task FlagUnroutedAsync(InboxItem item, CancellationToken cancellationToken)
    {
        if (item.EnrollmentId is not null || item.Message.IsAutoReply)
        {
            return;
        }
        var signal = reader.Read(ReplyWords.Of(item.Message, library));
        if (signal.HasRedFlag)
        {
            var coachItem = new CoachQueueItem("", CoachQueueReason.RedFlag, [.. signal.RedFlags.Order()], clock.GetCurrentInstant());
            await coachQueue.AddAsync(new CoachQueueEntry(coachItem, item.Id), cancellationToken);
        }
    }

    private async Task<InboxItem> IgnoreAsync(InboxItem item, string reason, CancellationToken cancellationToken)
    {
        MailLog.ReplyIgnored(logger, item.Id, reason);
        return await inbox.UpdateAsync(item, InboxState.Ignored, reason, cancellationToken);
    }

    private async Task<InboxItem> RecordFailureAsync(InboxItem item, Exception exception, CancellationToken cancellationToken)
    {
        var error = exception.GetType().Name;
        var giveUp = item.Attempts + 1 >= MaxAttempts;
        try
        {
            if (giveUp)
            {
                MailLog.ReplyGaveUp(logger, item.Id, item.Attempts + 1);
                return await ParkAsync(item, $"gave up after {MaxAttempts} attempts: {error}", cancellationToken);
            }
            MailLog.ReplyFailed(logger, item.Id, error);
            return await inbox.UpdateAsync(item, InboxState.Pending, error, cancellationToken);
        }
        // Not in the retry index: only the sender's next post of it (a copy, which takes over) can bring it back.
        catch (Exception second) when (second is not OperationCanceledException)
        {
            MailLog.ReplyFailed(logger, item.Id, $"{error}, then {second.GetType().Name}");
            throw new ReplyNotRecordedException(item.Id, second);
        }
    }
}

/// <summary>A reply failed and not even its failure could be stored: the sender has to post it again.</summary>
public sealed class ReplyNotRecordedException(string inboxId, Exception inner)
    : Exception($"Inbox item {inboxId} failed and could not be queued for a retry.", inner);
