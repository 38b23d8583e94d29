using PainDrip.Core.Coaching;

namespace PainDrip.Core.Ports;

/// <summary>A coach-queue item as stored, linked to the reply that raised it.</summary>
/// <param name="Item">Who, why and when.</param>
/// <param name="InboxId">The stored reply the coach should read.</param>
public sealed record CoachQueueEntry(CoachQueueItem Item, string InboxId);

/// <summary>Replies that need a human answer.</summary>
public interface ICoachQueue
{
    /// <summary>Adds an item; adding the same reply twice keeps one item.</summary>
    Task AddAsync(CoachQueueEntry entry, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> open items, newest first.</summary>
    Task<IReadOnlyList<CoachQueueEntry>> ListAsync(int max, CancellationToken cancellationToken);
}
