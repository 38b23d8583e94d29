using NodaTime;

namespace PainDrip.Core.Ports;

/// <summary>An email whose claim is saved but whose handover to the mail service is not yet confirmed.</summary>
/// <param name="Key">The delivery key (see <see cref="Delivery.Key"/>).</param>
/// <param name="RecordedAt">When the claim was saved; a mark older than the send timeout means the sender stopped.</param>
public sealed record UnconfirmedSend(string Key, Instant RecordedAt);

/// <summary>The mail service accepted (or reported processing) a recorded delivery.</summary>
/// <param name="Key">The delivery key.</param>
/// <param name="SentAt">When it was accepted.</param>
/// <param name="ProviderMessageId">The service's id for it, when it gave one.</param>
public sealed record SendConfirmation(string Key, Instant SentAt, string? ProviderMessageId);

/// <summary>
/// The rows of one person that change together (the enrollment, its deliveries and its timeline), written in
/// one atomic request each: the storage floor of the send and reply paths.
/// </summary>
public interface IPersonJournal
{
    /// <summary>
    /// Saves the record if nobody changed it since it was read (its ETag), records <paramref name="newDelivery"/>
    /// (unconfirmed) and appends <paramref name="progress"/>, all or nothing.
    /// </summary>
    /// <returns>The saved record with its new ETag.</returns>
    /// <exception cref="StoreConflictException">
    /// <see cref="StoreConflict.Changed"/> or <see cref="StoreConflict.Missing"/> for the enrollment;
    /// <see cref="StoreConflict.AlreadyExists"/> when a delivery with that key is recorded already. Nothing was written.
    /// </exception>
    Task<EnrollmentRecord> SaveAsync(
        EnrollmentRecord record, Delivery? newDelivery, IReadOnlyList<ProgressEntry> progress, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the delivery sent, appends <paramref name="progress"/> and, when the enrollment is still as
    /// <paramref name="claimed"/> left it, clears its <see cref="EnrollmentRecord.Unconfirmed"/> mark: one request.
    /// </summary>
    /// <returns>The record with the mark cleared and its new ETag, or <paramref name="claimed"/> unchanged when
    /// another writer saved the enrollment in between (the mark then stays until the next run clears it).</returns>
    Task<EnrollmentRecord> ConfirmAsync(
        EnrollmentRecord claimed, SendConfirmation confirmation, IReadOnlyList<ProgressEntry> progress, CancellationToken cancellationToken);

    /// <summary>The recorded delivery with this key, or <see langword="null"/>.</summary>
    Task<Delivery?> FindDeliveryAsync(string enrollmentId, string key, CancellationToken cancellationToken);
}
