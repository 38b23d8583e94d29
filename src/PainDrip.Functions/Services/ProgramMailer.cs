using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Lessons;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Services;

/// <summary>
/// Sends one planned email at most once while it is confirmed: the claim (the enrollment marked sent, ETag-checked,
/// with the delivery recorded and marked unconfirmed) is one transaction before anything is handed to the mail
/// service; the confirmation (delivery sent, timeline entry, mark cleared) is one more after it.
/// </summary>
/// <remarks>
/// A send that fails or a sender that stops between the two leaves the <see cref="EnrollmentRecord.Unconfirmed"/>
/// mark; the next run settles it with <see cref="ReconcileAsync"/>: confirmed when the ledger or the mail service's
/// processed event says it went out, otherwise sent again (so no lesson and no safety email is lost silently).
/// </remarks>
public sealed partial class ProgramMailer(
    ILessonLibrary library,
    EmailComposer composer,
    ProgramPlanner planner,
    IPersonJournal journal,
    IMailSender sender,
    IProviderConfirmations confirmations,
    IClock clock,
    ILogger<ProgramMailer> logger) : IProgramMailer
{
    public Task<EnrollmentRecord> SendAsync(
        EnrollmentRecord record, PlannedEmail email, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(record, email, deliveryKey, [], cancellationToken);

    public async Task<EnrollmentRecord> SendAsync(
        EnrollmentRecord record, PlannedEmail email, string deliveryKey, IReadOnlyList<ProgressEntry> timeline, CancellationToken cancellationToken)
    {
        if (record.Suppressed)
        {
            return await StopSuppressedAsync(record, timeline, cancellationToken);
        }
        // The repeat marker is decided before the claim adds this email to the sent list.
        var message = Compose(record, email, record.Enrollment.HasSent(email.LessonId) ? deliveryKey : null);
        var now = clock.GetCurrentInstant();
        var delivery = new Delivery(record.Id, deliveryKey, email.Kind, email.LessonId, now) { CorrelationId = message.CorrelationId, Email = email };
        var claimed = record with
        {
            Enrollment = planner.RecordSent(record.Enrollment, email, now),
            Unconfirmed = [.. record.Unconfirmed, new UnconfirmedSend(deliveryKey, now)],
        };
        EnrollmentRecord saved;
        try
        {
            saved = await journal.SaveAsync(claimed, delivery, timeline, cancellationToken);
        }
        catch (StoreConflictException exception) when (exception.Conflict == StoreConflict.AlreadyExists)
        {
            if (HasRecordedSent(record.Enrollment, email))
            {
                MailLog.AlreadySent(logger, record.Id, deliveryKey);
                return record;
            }
            // A ledger row from before the claim and the row were one transaction: claim it again (ETag-checked).
            MailLog.Reclaiming(logger, record.Id, deliveryKey);
            saved = await journal.SaveAsync(claimed, null, timeline, cancellationToken);
        }
        return await SendClaimedAsync(saved, message, email, deliveryKey, cancellationToken);
    }

    private EmailMessage Compose(EnrollmentRecord record, PlannedEmail email, string? repeat)
    {
        var lesson = library.Find(email.LessonId)
            ?? throw new InvalidOperationException($"Lesson '{email.LessonId}' is not in the library.");
        // The safety email names, in plain words, the signs this person reported.
        lesson = lesson with { Body = Core.Safety.RedFlagList.FillReported(lesson.Body, record.Enrollment.HoldFlags) };
        return composer.Compose(
            lesson, new Recipient(record.Id, record.Contact.Email, record.Contact.FirstName), repeat, email.Fields, email.Thread);
    }

    private static bool HasRecordedSent(Enrollment enrollment, PlannedEmail email) =>
        enrollment.Sent.Any(s => s.Kind == email.Kind && s.LessonId == email.LessonId && s.ProgramDay == email.ProgramDay);

    private async Task<EnrollmentRecord> SendClaimedAsync(
        EnrollmentRecord saved, EmailMessage message, PlannedEmail email, string deliveryKey, CancellationToken cancellationToken)
    {
        SendResult result;
        try
        {
            result = await sender.SendAsync(message, cancellationToken);
        }
        // The claim stays marked unconfirmed: the next run after the send timeout settles it (confirm or resend).
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            MailLog.SendFailed(logger, saved.Id, deliveryKey, exception.GetType().Name);
            return saved;
        }
        MailLog.Sent(logger, saved.Id, deliveryKey);
        var now = clock.GetCurrentInstant();
        return await ConfirmAsync(saved, new SendConfirmation(deliveryKey, now, result.ProviderMessageId), email.Phase, email.LessonId, cancellationToken);
    }

    // The email is out and the claim saved; a failed note about it must not make a caller retry the send.
    private async Task<EnrollmentRecord> ConfirmAsync(
        EnrollmentRecord saved, SendConfirmation confirmation, Phase phase, string lessonId, CancellationToken cancellationToken)
    {
        try
        {
            var sentEntry = new ProgressEntry(confirmation.SentAt, ProgressKind.EmailSent, phase, Detail: lessonId);
            return await journal.ConfirmAsync(saved, confirmation, [sentEntry], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            MailLog.BookkeepingFailed(logger, saved.Id, confirmation.Key, exception.GetType().Name);
            return saved;
        }
    }

    private async Task<EnrollmentRecord> StopSuppressedAsync(
        EnrollmentRecord record, IReadOnlyList<ProgressEntry> timeline, CancellationToken cancellationToken)
    {
        var stopped = record with { Enrollment = planner.Stop(record.Enrollment) };
        var entry = new ProgressEntry(clock.GetCurrentInstant(), ProgressKind.Stopped, stopped.Enrollment.Phase, Detail: "suppressed");
        var saved = await journal.SaveAsync(stopped, null, [.. timeline, entry], cancellationToken);
        MailLog.StoppedSuppressed(logger, record.Id);
        return saved;
    }
}
