using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Lessons;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Services;

/// <summary>
/// Sends one planned email at most once: the delivery is recorded and the enrollment saved (ETag-checked, the claim)
/// before anything is handed to the mail service.
/// </summary>
public sealed class ProgramMailer(
    ILessonLibrary library,
    EmailComposer composer,
    ProgramPlanner planner,
    IEnrollmentStore enrollments,
    IDeliveryLedger deliveries,
    IMailSender sender,
    IProgressLog progress,
    ISuppressionList suppressions,
    IClock clock,
    ILogger<ProgramMailer> logger) : IProgramMailer
{
    public async Task<EnrollmentRecord> SendAsync(
        EnrollmentRecord record, PlannedEmail email, string deliveryKey, CancellationToken cancellationToken)
    {
        var lesson = library.Find(email.LessonId)
            ?? throw new InvalidOperationException($"Lesson '{email.LessonId}' is not in the library.");
        // The safety email names, in plain words, the signs this person reported.
        lesson = lesson with { Body = Core.Safety.RedFlagList.FillReported(lesson.Body, record.Enrollment.HoldFlags) };
        if (await suppressions.IsSuppressedAsync(record.Contact.Email, cancellationToken))
        {
            return await StopSuppressedAsync(record, cancellationToken);
        }
        var repeat = record.Enrollment.HasSent(lesson.Id) ? deliveryKey : null;
        var message = composer.Compose(
            lesson, new Recipient(record.Id, record.Contact.Email, record.Contact.FirstName), repeat, email.Fields, email.Thread);
        var now = clock.GetCurrentInstant();
        var delivery = new Delivery(record.Id, deliveryKey, email.Kind, email.LessonId, now);
        if (!await deliveries.TryRecordAsync(delivery, cancellationToken))
        {
            if (HasRecordedSent(record.Enrollment, email))
            {
                MailLog.AlreadySent(logger, record.Id, deliveryKey);
                return record;
            }
            // The row exists but no save marked it sent: an earlier attempt lost the ETag race or died before
            // its save, and mail only ever goes out after a successful save, so it was never sent. The ETag
            // save below is the real claim: of two workers holding the same version, only one gets past it.
            MailLog.Reclaiming(logger, record.Id, deliveryKey);
        }
        var saved = await enrollments.SaveAsync(record with { Enrollment = planner.RecordSent(record.Enrollment, email, now) }, cancellationToken);
        if (await TrySendAsync(saved, message, deliveryKey, cancellationToken) is { } result)
        {
            await RecordAcceptedAsync(saved, email, deliveryKey, result, now, cancellationToken);
        }
        return saved;
    }

    private static bool HasRecordedSent(Enrollment enrollment, PlannedEmail email) =>
        enrollment.Sent.Any(s => s.Kind == email.Kind && s.LessonId == email.LessonId && s.ProgramDay == email.ProgramDay);

    // At most once: the claim is saved, so whatever happens here the email is never sent again automatically.
    // A failure leaves the ledger row unconfirmed (SentAt null) for a person to look at; a lost lesson is better
    // than a lesson sent twice.
    private async Task<SendResult?> TrySendAsync(
        EnrollmentRecord saved, EmailMessage message, string deliveryKey, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception)
        {
            MailLog.SendFailed(logger, saved.Id, deliveryKey, exception.GetType().Name);
            return null;
        }
    }

    private async Task RecordAcceptedAsync(
        EnrollmentRecord saved, PlannedEmail email, string deliveryKey, SendResult result, Instant sentAt, CancellationToken cancellationToken)
    {
        MailLog.Sent(logger, saved.Id, deliveryKey);
        try
        {
            await deliveries.MarkSentAsync(saved.Id, deliveryKey, clock.GetCurrentInstant(), result.ProviderMessageId, cancellationToken);
            await progress.AppendAsync(saved.Id, new ProgressEntry(sentAt, ProgressKind.EmailSent, email.Phase, Detail: email.LessonId), cancellationToken);
        }
        // The email is out and the enrollment saved; a failed note about it must not make a caller retry the send.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            MailLog.BookkeepingFailed(logger, saved.Id, deliveryKey, exception.GetType().Name);
        }
    }

    private async Task<EnrollmentRecord> StopSuppressedAsync(EnrollmentRecord record, CancellationToken cancellationToken)
    {
        var saved = await enrollments.SaveAsync(record with { Enrollment = planner.Stop(record.Enrollment) }, cancellationToken);
        await progress.AppendAsync(
            record.Id, new ProgressEntry(clock.GetCurrentInstant(), ProgressKind.Stopped, saved.Enrollment.Phase, Detail: "suppressed"), cancellationToken);
        MailLog.StoppedSuppressed(logger, record.Id);
        return saved;
    }
}
