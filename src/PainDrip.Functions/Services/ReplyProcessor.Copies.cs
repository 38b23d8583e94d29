using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Services;

public sealed partial class ReplyProcessor
{
    // Another post stored this message first: it is that post's to process. A copy waits briefly for it to finish (two
    // copies at the same instant), leaves a failed one to the timer, and takes over one whose process stopped.
    private async Task<InboxItem> HandleCopyAsync(InboxItem copy, CancellationToken cancellationToken)
    {
        var current = copy;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (current is { State: InboxState.Pending, Attempts: 0 } && waited.Elapsed < CopyWait)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            current = await inbox.FindAsync(copy.EnrollmentId, copy.Id, cancellationToken) ?? current;
        }
        logger.ReplyCopy(copy.Id, current.State.ToString());
        if (current is not { State: InboxState.Pending, Attempts: 0 })
        {
            return current;
        }
        if (clock.GetCurrentInstant() - current.ReceivedAt >= TakeOverAfter)
        {
            return await HandleAsync(current with { StoredBefore = false }, cancellationToken);
        }
        // Still in hand elsewhere: put it in the retry index, so it is not lost should that process have stopped.
        // Should both finish, the retry finds the reply among the applied ones and does not apply it again.
        return await inbox.UpdateAsync(current, InboxState.Pending, "a copy arrived while it was in hand", cancellationToken);
    }

    private async Task<InboxItem> ParkAsync(InboxItem item, string reason, CancellationToken cancellationToken)
    {
        logger.ReplyParked(item.Id, reason);
        var coachItem = new CoachQueueItem(item.EnrollmentId ?? "", CoachQueueReason.Parked, [], clock.GetCurrentInstant());
        await coachQueue.AddAsync(new CoachQueueEntry(coachItem, item.Id), cancellationToken);
        await inbox.ParkAsync(item, reason, cancellationToken);
        return item with { State = InboxState.Parked, Attempts = item.Attempts + 1, LastError = reason };
    }
}
