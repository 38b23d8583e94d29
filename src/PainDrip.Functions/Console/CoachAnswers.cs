using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Lessons;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Console;

/// <summary>
/// A coach's answer by email: in the person's own thread (<c>Re:</c> their subject, <c>In-Reply-To</c> their latest
/// reply in the item), from the coach's name, with the person's reply address, so their answer comes back to the
/// same item. Recorded in the send ledger first under the form's one-time key, so a repeated POST sends nothing.
/// </summary>
public sealed class CoachAnswers(
    IEnrollmentStore enrollments,
    ICoachDesk desk,
    IInbox inbox,
    IDeliveryLedger deliveries,
    IMailSender sender,
    EmailComposer composer,
    IProgressLog progress,
    IClock clock,
    ILogger<CoachAnswers> logger)
{
    /// <summary>The lesson id coach answers are recorded under in the send ledger.</summary>
    public const string LessonId = "coach-answer";

    /// <summary>The longest answer accepted.</summary>
    public const int MaxLength = 5000;

    /// <summary>Sends <paramref name="text"/> to the person of <paramref name="itemId"/>.</summary>
    public async Task<ActionResult> AnswerAsync(
        Coach coach, string enrollmentId, string itemId, string? text, string operation, CancellationToken cancellationToken)
    {
        var answer = text?.Trim() ?? "";
        if (answer.Length is 0 or > MaxLength || !ConsoleForm.IsOperation(operation))
        {
            return new(ActionOutcome.Invalid, $"Write an answer of 1 to {MaxLength} characters.");
        }
        var record = await enrollments.FindAsync(enrollmentId, cancellationToken);
        var item = await desk.FindAsync(itemId, cancellationToken);
        if (record is null || item is null || item.Entry.Item.EnrollmentId != enrollmentId)
        {
            return new(ActionOutcome.NotFound, "That person or item no longer exists.");
        }
        var now = clock.GetCurrentInstant();
        var key = $"coach-answer-{operation}";
        if (!await deliveries.TryRecordAsync(new Delivery(enrollmentId, key, EmailKind.Answer, LessonId, now), cancellationToken))
        {
            return new(ActionOutcome.AlreadyDone, "This answer was sent already; it was not sent again.");
        }
        var theirs = await inbox.FindAsync(enrollmentId, item.ReplyIds[^1], cancellationToken);
        var message = Compose(coach, record, answer, key, new ReplyThread(theirs?.Message.MessageId, theirs?.Message.Subject));
        SendResult sent;
        try
        {
            sent = await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            ConsoleLog.AnswerFailed(logger, enrollmentId, error.GetType().Name);
            return new(ActionOutcome.SendFailed, "The mail service did not take the answer. It is recorded as not sent; write it again to retry.");
        }
        await deliveries.MarkSentAsync(enrollmentId, key, now, sent.ProviderMessageId, cancellationToken);
        var phase = record.Enrollment.Phase;
        await progress.AppendAsync(enrollmentId, new ProgressEntry(now, ProgressKind.EmailSent, phase, Detail: LessonId), cancellationToken);
        await progress.AppendAsync(enrollmentId, new ProgressEntry(now, ProgressKind.CoachAction, phase, Detail: $"answered; coach:{coach.Name}; item {itemId}"), cancellationToken);
        ConsoleLog.Answered(logger, enrollmentId, itemId);
        return new(ActionOutcome.Done, $"Your answer is on its way to {record.Contact.FirstName}. Their reply comes back to this item.");
    }

    // Inbound Message-IDs are stored without their angle brackets; In-Reply-To and References need them.
    private EmailMessage Compose(Coach coach, EnrollmentRecord record, string answer, string key, ReplyThread thread)
    {
        var signature = coach.DisplayName;
        // The coach's own words; Markdown with raw HTML printed as text, like every lesson.
        var lesson = new Lesson(LessonId, null, EmailKind.Answer, [], "A note from your PainDrip coach",
            $"{signature} answered your email.", 0, $"{answer}\n\n{signature}, your PainDrip coach");
        var message = composer.Compose(lesson, new Recipient(record.Id, record.Contact.Email, record.Contact.FirstName), repeat: key, thread: thread);
        var from = $"{signature} (PainDrip coach)";
        return message with
        {
            From = message.From with { Name = from },
            ReplyTo = message.ReplyTo is { } replyTo ? replyTo with { Name = from } : null,
        };
    }
}
