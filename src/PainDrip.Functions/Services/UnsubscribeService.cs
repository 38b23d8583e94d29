using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Services;

/// <summary>Unsubscribe links and RFC 8058 one-click posts: stop the program and never email the address again.</summary>
public sealed class UnsubscribeService(
    LinkTokens tokens,
    IEnrollmentStore store,
    ProgramPlanner planner,
    IDueIndex dueIndex,
    ISuppressionList suppressions,
    IProgressLog progress,
    IClock clock,
    ILogger<UnsubscribeService> logger)
{
    /// <summary>Checks an unsubscribe link without acting on it (a GET must not unsubscribe: scanners prefetch links).</summary>
    public LinkOutcome Check(string? token) => Verify(token).Outcome ?? LinkOutcome.Ready;

    /// <summary>Unsubscribes: suppresses the address, cancels what is due and stops the program. Safe to repeat.</summary>
    /// <remarks>The address is suppressed first, so whatever fails later, nothing more is sent to it.</remarks>
    public async Task<LinkOutcome> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var (outcome, enrollmentId) = Verify(token);
        if (outcome is not null)
        {
            return outcome.Value;
        }
        var record = await store.FindAsync(enrollmentId!, cancellationToken);
        if (record is null)
        {
            // Erased already: nothing is left to mail, and erasure kept a suppression of its own.
            return LinkOutcome.AlreadyDone;
        }
        await suppressions.AddAsync(record.Contact.Email, SuppressionReason.Unsubscribe, cancellationToken);
        await dueIndex.CancelAsync(record.Id, cancellationToken);
        return await StopAsync(record, cancellationToken) ? LinkOutcome.Done : LinkOutcome.AlreadyDone;
    }

    private async Task<bool> StopAsync(EnrollmentRecord record, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (record.Enrollment.Status == EnrollmentStatus.Stopped)
            {
                return false;
            }
            try
            {
                var saved = await store.SaveAsync(record with { Enrollment = planner.Stop(record.Enrollment) }, cancellationToken);
                var entry = new ProgressEntry(clock.GetCurrentInstant(), ProgressKind.Stopped, saved.Enrollment.Phase, Detail: "unsubscribe");
                await progress.AppendAsync(saved.Id, entry, cancellationToken);
                logger.Unsubscribed(saved.Id);
                return true;
            }
            catch (StoreConflictException conflict) when (conflict.Conflict == StoreConflict.Changed && attempt == 0)
            {
                if (await store.FindAsync(record.Id, cancellationToken) is not { } current)
                {
                    return false;
                }
                record = current;
            }
        }
    }

    private (LinkOutcome? Outcome, string? EnrollmentId) Verify(string? token)
    {
        var verification = tokens.Verify(token, LinkPurpose.Unsubscribe);
        if (verification.IsValid)
        {
            return (null, verification.EnrollmentId);
        }
        logger.LinkRefused(nameof(LinkPurpose.Unsubscribe), verification.Failure.ToString());
        return (verification.Failure == LinkTokenFailure.Expired ? LinkOutcome.Expired : LinkOutcome.Invalid, null);
    }
}
