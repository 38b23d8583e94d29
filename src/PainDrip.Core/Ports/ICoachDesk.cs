using NodaTime;

namespace PainDrip.Core.Ports;

/// <summary>How a coach closed a queue item.</summary>
/// <param name="By">The coach's name as they signed in.</param>
/// <param name="At">When it was resolved.</param>
/// <param name="Note">The coach's short note (no reply text).</param>
public sealed record CoachResolution(string By, Instant At, string Note);

/// <summary>A coach-queue item as the coach console works it: one conversation with one person.</summary>
/// <param name="Id">The item's stable id, safe in a URL; it stays the same when the item is resolved.</param>
/// <param name="Entry">What raised it (who, the most urgent reason so far, the red flags, when), and its first reply.</param>
/// <param name="ReplyIds">Every stored reply gathered in the item, oldest first; the first is <see cref="CoachQueueEntry.InboxId"/>.</param>
/// <param name="LastReplyAt">When the latest of those replies was read.</param>
/// <param name="Resolution">How a coach closed it; <see langword="null"/> while it is open.</param>
public sealed record CoachDeskItem(string Id, CoachQueueEntry Entry, IReadOnlyList<string> ReplyIds, Instant LastReplyAt, CoachResolution? Resolution)
{
    /// <summary>Whether the item still waits for a coach.</summary>
    public bool IsOpen => Resolution is null;
}

/// <summary>The coach console's side of the queue: find, gather further replies, resolve.</summary>
/// <remarks>Items are the ones <see cref="ICoachQueue.AddAsync"/> adds; this port only reads and changes them.</remarks>
public interface ICoachDesk
{
    /// <summary>Up to <paramref name="max"/> open items, newest first.</summary>
    Task<IReadOnlyList<CoachDeskItem>> ListOpenAsync(int max, CancellationToken cancellationToken);

    /// <summary>Every item of one person, open and resolved, newest first.</summary>
    Task<IReadOnlyList<CoachDeskItem>> ListForAsync(string enrollmentId, CancellationToken cancellationToken);

    /// <summary>The item with this id, or <see langword="null"/>.</summary>
    Task<CoachDeskItem?> FindAsync(string itemId, CancellationToken cancellationToken);

    /// <summary>The item a stored reply belongs to, or <see langword="null"/> when the reply raised none.</summary>
    Task<CoachDeskItem?> FindByReplyAsync(string inboxId, CancellationToken cancellationToken);

    /// <summary>Gathers a further reply into an open item (the person wrote again before a coach closed it): the item
    /// takes the more urgent reason and every red flag. Adding the same reply twice keeps it once.</summary>
    /// <returns><see langword="false"/> when the item is missing or resolved; nothing changed then.</returns>
    Task<bool> AttachAsync(string itemId, CoachQueueEntry entry, CancellationToken cancellationToken);

    /// <summary>Closes an open item.</summary>
    /// <returns><see langword="false"/> when the item is missing or already resolved (a repeated resolve changes nothing).</returns>
    Task<bool> ResolveAsync(string itemId, CoachResolution resolution, CancellationToken cancellationToken);
}
