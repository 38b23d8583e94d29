using Microsoft.Extensions.Logging;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Events;

/// <summary>
/// Acts on verified delivery events: bounces, drops, spam reports and unsubscribes suppress the
/// recipient, once per provider event id. Processed and delivered events that carry one of our correlation ids are
/// noted as confirmations, so a run can tell a send that went out from one that never left. Other events are left alone.
/// </summary>
public sealed class MailEventProcessor(
    ISuppressionList suppressions, IMailEventLedger ledger, ILogger<MailEventProcessor> logger,
    Core.Ports.IProviderConfirmations? confirmations = null)
{
    /// <summary>Handles a batch in order. If a suppression fails, its event id is forgotten again and the exception propagates, so the provider's retry handles it.</summary>
    public async Task<MailEventSummary> ProcessAsync(IEnumerable<DeliveryEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        int suppressed = 0, duplicates = 0, ignored = 0;
        foreach (var deliveryEvent in events)
        {
            switch (await ProcessAsync(deliveryEvent, cancellationToken))
            {
                case Handling.Suppressed: suppressed++; break;
                case Handling.Duplicate: duplicates++; break;
                default: ignored++; break;
            }
        }
        MailEventLog.Batch(logger, suppressed, duplicates, ignored);
        return new MailEventSummary(suppressed, duplicates, ignored);
    }

    private enum Handling { Ignored, Duplicate, Suppressed }

    private async Task<Handling> ProcessAsync(DeliveryEvent deliveryEvent, CancellationToken cancellationToken)
    {
        if (deliveryEvent.Kind is DeliveryEventKind.Processed or DeliveryEventKind.Delivered
            && confirmations is not null && !string.IsNullOrWhiteSpace(deliveryEvent.CorrelationId))
        {
            // Idempotent (a put), so a repeated event needs no ledger entry.
            await confirmations.RecordAsync(
                deliveryEvent.CorrelationId, deliveryEvent.OccurredAt ?? NodaTime.SystemClock.Instance.GetCurrentInstant(), cancellationToken);
            return Handling.Ignored;
        }
        if (deliveryEvent.ToSuppressionReason() is not { } reason)
        {
            return Handling.Ignored;
        }
        if (string.IsNullOrWhiteSpace(deliveryEvent.Recipient))
        {
            MailEventLog.NoRecipient(logger, deliveryEvent.EventId, deliveryEvent.Kind);
            return Handling.Ignored;
        }
        // Without an id there is nothing to dedupe on; suppressing twice is harmless.
        var eventId = deliveryEvent.EventId;
        if (eventId is not null && !await ledger.TryRecordAsync(eventId, cancellationToken))
        {
            MailEventLog.Duplicate(logger, eventId);
            return Handling.Duplicate;
        }
        try
        {
            await suppressions.AddAsync(deliveryEvent.Recipient, reason, cancellationToken);
        }
        catch when (eventId is not null)
        {
            await ledger.ForgetAsync(eventId, CancellationToken.None);
            throw;
        }
        MailEventLog.Suppressed(logger, eventId, reason);
        return Handling.Suppressed;
    }
}
