using NodaTime;
using PainDrip.Core.Email;

namespace PainDrip.Core.Ports;

/// <summary>Where an inbound message stands.</summary>
public enum InboxState
{
    /// <summary>Stored, not yet processed (or processing failed and will be retried).</summary>
    Pending,
    /// <summary>Read and acted on.</summary>
    Processed,
    /// <summary>Kept but not acted on: unknown recipient token, auto-reply, spam.</summary>
    Ignored,
    /// <summary>Processing kept failing (or the stored row cannot be read): set aside for the coach, not retried.</summary>
    Parked,
}

/// <summary>An inbound message as stored.</summary>
/// <param name="Id">The inbox id.</param>
/// <param name="EnrollmentId">The enrollment its signed reply token names; <see langword="null"/> when the token was missing or bad.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Message">The decoded message.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">How many times processing was tried.</param>
/// <param name="LastError">The last processing error, or why it was ignored.</param>
public sealed record InboxItem(
    string Id, string? EnrollmentId, Instant ReceivedAt, InboundMessage Message,
    InboxState State, int Attempts, string? LastError)
{
    /// <summary>
    /// This call found the message stored already (the same Message-ID, or the same content from the same sender
    /// in the same minute): it is the stored copy, to be left to whoever stored it first.
    /// </summary>
    public bool StoredBefore { get; init; }
}

/// <summary>Raw inbound messages, stored before they are processed so a fault never loses a reply.</summary>
public interface IInbox
{
    /// <summary>Stores a message as <see cref="InboxState.Pending"/>; durable when the task completes.</summary>
    Task<InboxItem> StoreAsync(string? enrollmentId, InboundMessage message, Instant receivedAt, CancellationToken cancellationToken);

    /// <summary>Records the outcome of one processing attempt.</summary>
    Task<InboxItem> UpdateAsync(InboxItem item, InboxState state, string? error, CancellationToken cancellationToken);

    /// <summary>The stored message, or <see langword="null"/> (for the coach, who has to read the reply).</summary>
    /// <param name="enrollmentId">The enrollment it was routed to, as stored; <see langword="null"/> for unrouted mail.</param>
    /// <param name="inboxId">The inbox id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<InboxItem?> FindAsync(string? enrollmentId, string inboxId, CancellationToken cancellationToken);

    /// <summary>Deletes the messages from this sender that could not be tied to an enrollment (address compared case-insensitively).</summary>
    /// <returns>How many were deleted.</returns>
    Task<int> EraseUnroutedFromAsync(string senderAddress, CancellationToken cancellationToken);

    /// <summary>The messages from this sender that could not be tied to an enrollment, oldest first, as export rows: the same
    /// messages <see cref="EraseUnroutedFromAsync"/> deletes (address compared case-insensitively), never another sender's.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportUnroutedFromAsync(string senderAddress, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> pending messages stored before <paramref name="storedBefore"/>, oldest first (for retries).</summary>
    /// <remarks>A row that cannot be read comes back as an item in state <see cref="InboxState.Parked"/> (with what is known
    /// of it), so one bad row never stops the others; the caller hands it to <see cref="ParkAsync"/>.</remarks>
    Task<IReadOnlyList<InboxItem>> ListPendingAsync(Instant storedBefore, int max, CancellationToken cancellationToken);

    /// <summary>Sets the message aside as <see cref="InboxState.Parked"/>: kept for the coach, never retried again.</summary>
    Task ParkAsync(InboxItem item, string reason, CancellationToken cancellationToken) =>
        UpdateAsync(item, InboxState.Parked, reason, cancellationToken);
}
