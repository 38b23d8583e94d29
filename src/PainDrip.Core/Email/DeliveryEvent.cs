using NodaTime;

namespace PainDrip.Core.Email;

/// <summary>One delivery event from the mail provider, without vendor types.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="EventId">The provider's unique event id, used to ignore duplicates; <see langword="null"/> when absent.</param>
/// <param name="ProviderMessageId">
/// The provider's message id. It starts with the id the provider returned when the message was sent
/// and may carry a longer suffix, so match it by prefix.
/// </param>
/// <param name="CorrelationId">PainDrip's own message id, echoed back from the send request's custom arguments.</param>
/// <param name="OccurredAt">When it happened, when the provider said so.</param>
/// <param name="Recipient">The recipient address; never log it.</param>
public sealed record DeliveryEvent(
    DeliveryEventKind Kind,
    string? EventId,
    string? ProviderMessageId,
    string? CorrelationId,
    Instant? OccurredAt,
    string? Recipient)
{
    /// <summary>Why this event means the address must be suppressed, or <see langword="null"/> when it does not.</summary>
    /// <remarks>Bounces of every type (bounce and blocked), drops, spam reports and both kinds of unsubscribe suppress.</remarks>
    public SuppressionReason? ToSuppressionReason() => Kind switch
    {
        DeliveryEventKind.Bounce => SuppressionReason.Bounce,
        DeliveryEventKind.Dropped => SuppressionReason.Dropped,
        DeliveryEventKind.SpamReport => SuppressionReason.SpamReport,
        DeliveryEventKind.Unsubscribe => SuppressionReason.Unsubscribe,
        DeliveryEventKind.GroupUnsubscribe => SuppressionReason.GroupUnsubscribe,
        _ => null,
    };
}
