using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Services;

/// <summary>The "change when emails arrive" link: shows the person's send time and lets them change it, pause for some
/// days, end a pause, or stop. A GET only shows (link scanners prefetch); every change is a POST and goes on the timeline.</summary>
public sealed class PreferenceService(
    LinkTokens tokens,
    IEnrollmentStore store,
    ProgramPlanner planner,
    ProgramResumer resumer,
    IDueIndex dueIndex,
    ISuppressionList suppressions,
    IProgressLog progress,
    IClock clock,
    ILogger<PreferenceService> logger)
{
    /// <summary>The person's settings as they stand; changes nothing.</summary>
    public async Task<PreferenceOutcome> ShowAsync(string? token, CancellationToken cancellationToken)
    {
        var (refused, record) = await ReadAsync(token, cancellationToken);
        return refused ?? new PreferenceOutcome.Shown(PreferenceSettings.Of(record!.Enrollment));
    }

    /// <summary>Checks the form and applies one change; on any field error nothing is written.</summary>
    /// <remarks>A change that does not fit where the program stands (pausing a stopped program, resuming one on safety
    /// hold, which only a coach may clear) changes nothing and shows the page as it is.</remarks>
    public async Task<PreferenceOutcome> ChangeAsync(string? token, PreferenceForm form, CancellationToken cancellationToken)
    {
        var (refused, record) = await ReadAsync(token, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var check = PreferenceRules.Check(form);
        if (check.Action is not { } action)
        {
            logger.PreferencesRefused(record!.Id, check.Errors.Count);
            return new PreferenceOutcome.Invalid(PreferenceSettings.Of(record.Enrollment), check.Errors, form);
        }
        if (!IsAllowed(action, record!.Enrollment.Status))
        {
            return new PreferenceOutcome.Shown(PreferenceSettings.Of(record.Enrollment));
        }
        var saved = await ApplyWithRetryAsync(record, action, check, cancellationToken);
        if (saved is null)
        {
            return new PreferenceOutcome.LinkRefused(LinkOutcome.Gone);
        }
        logger.PreferencesChanged(saved.Id, action.ToString());
        return new PreferenceOutcome.Changed(PreferenceSettings.Of(saved.Enrollment), action);
    }

    /// <summary>Which changes fit which status; a pending sign-up has nothing to change until it is confirmed.</summary>
    public static bool IsAllowed(PreferenceAction action, EnrollmentStatus status) => (action, status) switch
    {
        (PreferenceAction.SendTime, EnrollmentStatus.Active or EnrollmentStatus.Paused or EnrollmentStatus.SafetyHold) => true,
        (PreferenceAction.Pause, EnrollmentStatus.Active or EnrollmentStatus.Paused) => true,
        (PreferenceAction.Resume, EnrollmentStatus.Paused) => true,
        (PreferenceAction.Stop, EnrollmentStatus.Active or EnrollmentStatus.Paused or EnrollmentStatus.SafetyHold) => true,
        _ => false,
    };

    private async Task<EnrollmentRecord?> ApplyWithRetryAsync(
        EnrollmentRecord record, PreferenceAction action, PreferenceRules.Checked check, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (!IsAllowed(action, record.Enrollment.Status))
            {
                return record;
            }
            try
            {
                return await ApplyAsync(record, action, check, cancellationToken);
            }
            catch (StoreConflictException conflict) when (conflict.Conflict == StoreConflict.Changed && attempt == 0)
            {
                // Someone else (the timer, a reply) saved first: apply the change to the row as it is now.
                if (await store.FindAsync(record.Id, cancellationToken) is not { } current)
                {
                    return null;
                }
                record = current;
            }
        }
    }

    private Task<EnrollmentRecord> ApplyAsync(
        EnrollmentRecord record, PreferenceAction action, PreferenceRules.Checked check, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        return action switch
        {
            PreferenceAction.SendTime => ChangeSendTimeAsync(record, check.SendHour, check.TimeZoneId, now, cancellationToken),
            PreferenceAction.Pause => PauseAsync(record, check.Days, now, cancellationToken),
            PreferenceAction.Resume => resumer.ResumeAsync(record, now, "preferences", cancellationToken),
            _ => StopAsync(record, now, cancellationToken),
        };
    }

    private async Task<EnrollmentRecord> ChangeSendTimeAsync(
        EnrollmentRecord record, int hour, string zone, Instant now, CancellationToken cancellationToken)
    {
        var before = record.Enrollment;
        var changes = new List<string>();
        if (hour != before.SendHour)
        {
            changes.Add($"send-hour={hour}");
        }
        if (zone != before.TimeZoneId)
        {
            changes.Add($"time-zone={zone}");
        }
        if (changes.Count == 0)
        {
            return record;
        }
        var saved = await store.SaveAsync(record with { Enrollment = before with { SendHour = hour, TimeZoneId = zone } }, cancellationToken);
        await progress.AppendAsync(saved.Id,
            new ProgressEntry(now, ProgressKind.PreferencesChanged, saved.Enrollment.Phase, Detail: string.Join(";", changes)), cancellationToken);
        await RescheduleAsync(saved, now, cancellationToken);
        return saved;
    }

    private async Task<EnrollmentRecord> PauseAsync(EnrollmentRecord record, int days, Instant now, CancellationToken cancellationToken)
    {
        var resumeOn = now.InZone(record.Enrollment.Zone).Date.PlusDays(days);
        var saved = await store.SaveAsync(record with { Enrollment = planner.PauseUntil(record.Enrollment, resumeOn, now) }, cancellationToken);
        await progress.AppendAsync(saved.Id,
            new ProgressEntry(now, ProgressKind.Paused, saved.Enrollment.Phase, Detail: $"preferences;days={days}"), cancellationToken);
        await RescheduleAsync(saved, now, cancellationToken);
        return saved;
    }

    /// <summary>The same as unsubscribing: the address is suppressed first, so whatever fails later, nothing more is sent.</summary>
    private async Task<EnrollmentRecord> StopAsync(EnrollmentRecord record, Instant now, CancellationToken cancellationToken)
    {
        await suppressions.AddAsync(record.Contact.Email, SuppressionReason.Unsubscribe, cancellationToken);
        await dueIndex.CancelAsync(record.Id, cancellationToken);
        var saved = await store.SaveAsync(record with { Enrollment = planner.Stop(record.Enrollment) }, cancellationToken);
        await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Stopped, saved.Enrollment.Phase, Detail: "preferences"), cancellationToken);
        return saved;
    }

    /// <summary>The timer's next wake-up for this person: their next email, or the end of their pause.</summary>
    private async Task RescheduleAsync(EnrollmentRecord record, Instant now, CancellationToken cancellationToken)
    {
        var next = record.Enrollment.Status == EnrollmentStatus.Active
            ? planner.PlanNext(record.Enrollment, now)?.Due
            : planner.PauseEndsAt(record.Enrollment);
        if (next is { } due)
        {
            await dueIndex.ScheduleAsync(record.Id, due, cancellationToken);
        }
        else if (record.Enrollment.Status == EnrollmentStatus.Paused)
        {
            await dueIndex.CancelAsync(record.Id, cancellationToken);
        }
    }

    private async Task<(PreferenceOutcome? Refused, EnrollmentRecord? Record)> ReadAsync(string? token, CancellationToken cancellationToken)
    {
        var verification = tokens.Verify(token, LinkPurpose.Preferences);
        if (!verification.IsValid)
        {
            logger.LinkRefused(nameof(LinkPurpose.Preferences), verification.Failure.ToString());
            var outcome = verification.Failure == LinkTokenFailure.Expired ? LinkOutcome.Expired : LinkOutcome.Invalid;
            return (new PreferenceOutcome.LinkRefused(outcome), null);
        }
        var record = await store.FindAsync(verification.EnrollmentId!, cancellationToken);
        return record is null ? (new PreferenceOutcome.LinkRefused(LinkOutcome.Gone), null) : (null, record);
    }
}
