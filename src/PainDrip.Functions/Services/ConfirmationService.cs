using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Services;

/// <summary>The second half of double opt-in: a confirm link starts the program and the welcome goes out.</summary>
public sealed class ConfirmationService(
    LinkTokens tokens,
    IEnrollmentStore store,
    ProgramPlanner planner,
    IProgramMailer mailer,
    IDueIndex dueIndex,
    IProgressLog progress,
    IClock clock,
    ILogger<ConfirmationService> logger)
{
    /// <summary>Checks a confirm link without changing anything (what a GET may do: mail scanners prefetch links).</summary>
    public async Task<LinkOutcome> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        var (outcome, record) = await ReadAsync(token, cancellationToken);
        return outcome ?? StateOf(record!.Enrollment) ?? LinkOutcome.Ready;
    }

    /// <summary>Confirms: starts the program, sends the welcome when it is daytime for the person, and schedules
    /// the next email. Confirming again changes nothing and sends nothing.</summary>
    public async Task<LinkOutcome> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var (outcome, record) = await ReadAsync(token, cancellationToken);
        if (outcome is not null)
        {
            return outcome.Value;
        }
        var now = clock.GetCurrentInstant();
        var (current, startedNow) = await StartAsync(record!, now, cancellationToken);
        if (current is null)
        {
            return LinkOutcome.Gone;
        }
        // Also reached when an earlier confirm started the program but died before the welcome went out:
        // the delivery key makes sending it again safe.
        if (current.Enrollment.Status == EnrollmentStatus.Active && current.Enrollment.LastSlotDay is null)
        {
            await SendWelcomeAsync(current, now, cancellationToken);
        }
        return startedNow ? LinkOutcome.Done : StateOf(current.Enrollment) ?? LinkOutcome.AlreadyDone;
    }

    /// <summary>Saves the started program, retrying once when another request changed the row first. Returns the
    /// record as it now stands (<see langword="null"/> when gone) and whether this call started it.</summary>
    private async Task<(EnrollmentRecord? Record, bool StartedNow)> StartAsync(EnrollmentRecord record, Instant now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (record.Enrollment.Status != EnrollmentStatus.Pending)
            {
                return (record, false);
            }
            try
            {
                var saved = await store.SaveAsync(record with { Enrollment = planner.Start(record.Enrollment, now) }, cancellationToken);
                await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Confirmed, saved.Enrollment.Phase), cancellationToken);
                return (saved, true);
            }
            catch (StoreConflictException conflict) when (conflict.Conflict == StoreConflict.Changed && attempt == 0)
            {
                if (await store.FindAsync(record.Id, cancellationToken) is not { } current)
                {
                    return (null, false);
                }
                record = current;
            }
        }
    }

    private async Task SendWelcomeAsync(EnrollmentRecord record, Instant now, CancellationToken cancellationToken)
    {
        if (planner.PlanNext(record.Enrollment, now) is not { } welcome)
        {
            return;
        }
        // Scheduled first, so if this request dies before sending, the timer still sends the welcome.
        await dueIndex.ScheduleAsync(record.Id, welcome.Due, cancellationToken);
        logger.Confirmed(record.Id, welcome.Due.ToString());
        if (!welcome.IsDueAt(now))
        {
            return;
        }
        try
        {
            var sent = await mailer.SendAsync(record, welcome, DeliveryKeys.Scheduled(welcome), cancellationToken);
            if (planner.PlanNext(sent.Enrollment, now) is { } next)
            {
                await dueIndex.ScheduleAsync(record.Id, next.Due, cancellationToken);
            }
        }
        catch (Exception failure) when (failure is StoreConflictException or Core.Email.MailSendException)
        {
            // The due entry above still names the welcome; the timer retries it under the same delivery key.
            logger.WelcomeDeferred(record.Id, failure.GetType().Name);
        }
    }

    private async Task<(LinkOutcome? Outcome, EnrollmentRecord? Record)> ReadAsync(string? token, CancellationToken cancellationToken)
    {
        var verification = tokens.Verify(token, LinkPurpose.Confirm);
        if (!verification.IsValid)
        {
            logger.LinkRefused(nameof(LinkPurpose.Confirm), verification.Failure.ToString());
            return (verification.Failure == LinkTokenFailure.Expired ? LinkOutcome.Expired : LinkOutcome.Invalid, null);
        }
        var record = await store.FindAsync(verification.EnrollmentId!, cancellationToken);
        return record is null ? (LinkOutcome.Gone, null) : (null, record);
    }

    private static LinkOutcome? StateOf(Enrollment enrollment) => enrollment.Status switch
    {
        EnrollmentStatus.Pending => null,
        EnrollmentStatus.Stopped => LinkOutcome.Stopped,
        _ => LinkOutcome.AlreadyDone,
    };
}
