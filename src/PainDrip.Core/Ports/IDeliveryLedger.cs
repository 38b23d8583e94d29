using NodaTime;
using PainDrip.Core.Coaching;

namespace PainDrip.Core.Ports;

/// <summary>One email to one person, recorded before it is sent.</summary>
/// <param name="EnrollmentId">Who it goes to.</param>
/// <param name="Key">A stable key for this send, unique per enrollment: the same email planned twice gets the same key.</param>
/// <param name="Kind">What the email is for.</param>
/// <param name="LessonId">The lesson sent.</param>
/// <param name="RecordedAt">When it was recorded (before sending).</param>
/// <param name="SentAt">When the mail provider accepted it; <see langword="null"/> while unconfirmed.</param>
/// <param name="ProviderMessageId">The provider's id for it, once accepted.</param>
public sealed record Delivery(
    string EnrollmentId, string Key, EmailKind Kind, string LessonId, Instant RecordedAt,
    Instant? SentAt = null, string? ProviderMessageId = null)
{
    /// <summary>The correlation id the message carried, so a provider event can confirm it.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The planned email, so an unconfirmed delivery can be composed and sent again exactly as it was.</summary>
    public PlannedEmail? Email { get; init; }
}

/// <summary>The send ledger: a delivery is recorded before sending, so a rerun never sends it twice.</summary>
public interface IDeliveryLedger
{
    /// <summary>Records the delivery; <see langword="false"/> when one with the same key exists already.</summary>
    Task<bool> TryRecordAsync(Delivery delivery, CancellationToken cancellationToken);

    /// <summary>Marks a recorded delivery as accepted by the mail provider.</summary>
    Task MarkSentAsync(string enrollmentId, string key, Instant sentAt, string? providerMessageId, CancellationToken cancellationToken);

    /// <summary>Every delivery to the enrollment, oldest first.</summary>
    Task<IReadOnlyList<Delivery>> ListAsync(string enrollmentId, CancellationToken cancellationToken);
}
