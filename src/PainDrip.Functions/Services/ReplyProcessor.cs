using NodaTime;
using PainDrip.Core.Coaching;
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
/// until <see cref="MaxAttempts"/>.
/// </remarks>
public sealed partial class ReplyProcessor(
    IEnrollmentStore enrollments,
    IReplyReader reader,
    ProgramPlanner planner,
    IProgramMailer mailer,
    ICoachQueue coachQueue,
    IDueIndex dueIndex,
    IProgressLog progress,
    IInbox inbox,
    IClock clock,
    ILogger<ReplyProcessor> logger)
{
    /// <summary>After this many failed attempts a message is set aside as ignored instead of retried again.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Processes the message and records the outcome on it; only cancellation escapes as an exception.</summary>
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
        if (IgnoreReason(item) is { } reason)
        {
            return await IgnoreAsync(item, reason, cancellationToken);
        }
        var enrollmentId = item.EnrollmentId!;
        if (await enrollments.FindAsync(enrollmentId, cancellationToken) is not { } record)
        {
            return await IgnoreAsync(item, "unknown enrollment", cancellationToken);
        }
        if (await WasAppliedAsync(item, enrollmentId, cancellationToken))
        {
            await RescheduleAsync(record, clock.GetCurrentInstant(), cancellationToken);
            return await inbox.UpdateAsync(item, InboxState.Processed, null, cancellationToken);
        }
        var signal = reader.Read(item.Message.Text);
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

    private async Task<InboxItem> IgnoreAsync(InboxItem item, string reason, CancellationToken cancellationToken)
    {
        MailLog.ReplyIgnored(logger, item.Id, reason);
        return await inbox.UpdateAsync(item, InboxState.Ignored, reason, cancellationToken);
    }

    // A retry after a failure late in processing must not apply the same reply to the program twice.
    private async Task<bool> WasAppliedAsync(InboxItem item, string enrollmentId, CancellationToken cancellationToken) =>
        item.Attempts > 0
        && (await progress.ListAsync(enrollmentId, cancellationToken))
            .Any(entry => entry.Kind == ProgressKind.ReplyRead && entry.Detail == AppliedMarker(item.Id));

    private static string AppliedMarker(string inboxId) => $"inbox:{inboxId}";

    private async Task<InboxItem> RecordFailureAsync(InboxItem item, Exception exception, CancellationToken cancellationToken)
    {
        var error = exception.GetType().Name;
        var giveUp = item.Attempts + 1 >= MaxAttempts;
        try
        {
            if (giveUp)
            {
                MailLog.ReplyGaveUp(logger, item.Id, item.Attempts + 1);
                return await inbox.UpdateAsync(item, InboxState.Ignored, $"gave up after {MaxAttempts} attempts: {error}", cancellationToken);
            }
            MailLog.ReplyFailed(logger, item.Id, error);
            return await inbox.UpdateAsync(item, InboxState.Pending, error, cancellationToken);
        }
        // The message is stored and still pending, so the timer retries it even when this note fails.
        catch (Exception second) when (second is not OperationCanceledException)
        {
            MailLog.ReplyFailed(logger, item.Id, $"{error}, then {second.GetType().Name}");
            return item;
        }
    }
}
