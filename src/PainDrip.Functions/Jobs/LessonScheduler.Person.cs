using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Jobs;

public sealed partial class LessonScheduler
{
    // One person: read the row (1 request), settle an old unconfirmed claim, claim and send (2), replace the entry (1).
    private async Task<SendOutcome> SendToAsync(DueEntry entry, SchedulerTally tally, CancellationToken cancellationToken)
    {
        var record = await enrollments.FindAsync(entry.EnrollmentId, cancellationToken);
        if (record is null)
        {
            await dueIndex.RemoveAsync(entry, cancellationToken);
            return SendOutcome.Missing;
        }
        var now = clock.GetCurrentInstant();
        if (record.Unconfirmed.Any(mark => now - mark.RecordedAt < ProgramMailer.SendTimeout))
        {
            // Another worker is sending to this person right now (or stopped moments ago): the entry stays due.
            return SendOutcome.Skipped;
        }
        foreach (var mark in record.Unconfirmed)
        {
            var settled = await mailer.ReconcileAsync(record, mark, cancellationToken);
            tally.Reconciled(settled.Outcome);
            record = settled.Record;
        }
        if (resumer.IsPauseOver(record.Enrollment, now))
        {
            // A pause the person chose by days has run out: the resume email goes now, the next lesson on the next run.
            await resumer.ResumeAsync(record, now, "pause-ended", cancellationToken);
            return SendOutcome.Sent;
        }
        if (record.Enrollment.Status != EnrollmentStatus.Active || planner.PlanNext(record.Enrollment, now) is not { } planned)
        {
            await dueIndex.RemoveAsync(entry, cancellationToken);
            return SendOutcome.Skipped;
        }
        if (!planned.IsDueAt(now))
        {
            if (planned.Due != entry.Due)
            {
                await dueIndex.ReplaceAsync(entry, planned.Due, cancellationToken);
            }
            return SendOutcome.NotDue;
        }
        var saved = await mailer.SendAsync(record, planned, DeliveryKeys.Scheduled(planned), cancellationToken);
        return await ScheduleNextAsync(entry, saved, cancellationToken);
    }

    private async Task<SendOutcome> ScheduleNextAsync(DueEntry entry, EnrollmentRecord saved, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var next = planner.PlanNext(saved.Enrollment, now)?.Due;
        if (saved.Unconfirmed.Count > 0)
        {
            // The send is not confirmed: come back after the send timeout to settle it.
            var settle = now + ProgramMailer.SendTimeout;
            next = next is { } due && due < settle ? due : settle;
        }
        if (next is { } nextDue)
        {
            await dueIndex.ReplaceAsync(entry, nextDue, cancellationToken);
            return SendOutcome.Sent;
        }
        await dueIndex.RemoveAsync(entry, cancellationToken);
        if (saved.Enrollment.Status != EnrollmentStatus.Completed)
        {
            return saved.Enrollment.Status == EnrollmentStatus.Active ? SendOutcome.Sent : SendOutcome.Skipped;
        }
        await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Completed, saved.Enrollment.Phase), cancellationToken);
        return SendOutcome.Completed;
    }
}
