namespace PainDrip.Core.Email;

/// <summary>Remembers which provider events were already handled, so duplicates are ignored.</summary>
public interface IMailEventLedger
{
    /// <summary>Records an event id unless it is already recorded.</summary>
    /// <remarks>Must be atomic: of two concurrent calls with the same id, exactly one returns <see langword="true"/>.</remarks>
    /// <param name="eventId">The provider's event id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when the id was new and is now recorded; <see langword="false"/> for a duplicate.</returns>
    Task<bool> TryRecordAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Removes an event id recorded by <see cref="TryRecordAsync"/>, so a retry of the event is handled again.</summary>
    /// <remarks>Used when handling the event failed after it was recorded. Removing an unknown id does nothing.</remarks>
    /// <param name="eventId">The provider's event id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task ForgetAsync(string eventId, CancellationToken cancellationToken = default);
}
