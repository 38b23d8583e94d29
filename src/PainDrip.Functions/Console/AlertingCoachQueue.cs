using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Console.Pages;

namespace PainDrip.Functions.Console;

/// <summary>
/// Wraps the coach queue where replies add items: a further reply from someone whose item is still open joins that
/// item (so the person's answer to a coach comes back to the same item), and a red flag or a resume request emails
/// the coaches at once. Whatever fails here falls back to the plain add: a coach alert must never hold up the safety
/// email that follows the add.
/// </summary>
public sealed class AlertingCoachQueue(ICoachQueue inner, ICoachDesk desk, CoachMail mail, ILogger<AlertingCoachQueue> logger) : ICoachQueue
{
    public async Task AddAsync(CoachQueueEntry entry, CancellationToken cancellationToken)
    {
        string? itemId;
        try
        {
            if (await desk.FindByReplyAsync(entry.InboxId, cancellationToken) is { } known)
            {
                // The same reply again (a retry): it was placed, and alerted, the first time.
                if (known.Entry.InboxId == entry.InboxId)
                {
                    await inner.AddAsync(entry, cancellationToken);
                }
                return;
            }
            itemId = await PlaceAsync(entry, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            ConsoleLog.AlertFailed(logger, entry.InboxId, error.GetType().Name);
            await inner.AddAsync(entry, cancellationToken);
            itemId = null;
        }
        if (entry.Item.Reason is CoachQueueReason.RedFlag or CoachQueueReason.ResumeRequest)
        {
            await AlertAsync(entry, itemId, cancellationToken);
        }
    }

    public Task<IReadOnlyList<CoachQueueEntry>> ListAsync(int max, CancellationToken cancellationToken) => inner.ListAsync(max, cancellationToken);

    private async Task<string?> PlaceAsync(CoachQueueEntry entry, CancellationToken cancellationToken)
    {
        var person = entry.Item.EnrollmentId;
        var open = person.Length == 0 ? null : (await desk.ListForAsync(person, cancellationToken)).FirstOrDefault(i => i.IsOpen);
        if (open is not null && await desk.AttachAsync(open.Id, entry, cancellationToken))
        {
            return open.Id;
        }
        await inner.AddAsync(entry, cancellationToken);
        return (await desk.FindByReplyAsync(entry.InboxId, cancellationToken))?.Id;
    }

    private async Task AlertAsync(CoachQueueEntry entry, string? itemId, CancellationToken cancellationToken)
    {
        var url = mail.Link(entry.Item.EnrollmentId.Length == 0
            ? ConsoleFrame.QueuePath
            : itemId is null ? ConsoleFrame.PersonLink(entry.Item.EnrollmentId) : ConsoleFrame.PersonLink(entry.Item.EnrollmentId, itemId));
        try
        {
            var sent = await mail.SendAsync("A PainDrip reply needs you urgently",
                "A reply needs you urgently. Please open it in the coach console now.", "Open the reply", url, cancellationToken);
            ConsoleLog.AlertSent(logger, itemId ?? entry.InboxId, sent);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            ConsoleLog.AlertFailed(logger, itemId ?? entry.InboxId, error.GetType().Name);
        }
    }
}
