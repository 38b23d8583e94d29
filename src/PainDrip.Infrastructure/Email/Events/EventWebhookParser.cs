using PainDrip.Infrastructure.Email.Sending;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Addresses;

namespace PainDrip.Infrastructure.Email.Events;

/// <summary>Reads the Event Webhook's JSON array into <see cref="DeliveryEvent"/>s, tolerating missing and unknown fields.</summary>
public sealed class EventWebhookParser
{
    private static readonly Dictionary<string, DeliveryEventKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["processed"] = DeliveryEventKind.Processed,
        ["dropped"] = DeliveryEventKind.Dropped,
        ["delivered"] = DeliveryEventKind.Delivered,
        ["deferred"] = DeliveryEventKind.Deferred,
        ["bounce"] = DeliveryEventKind.Bounce,
        ["open"] = DeliveryEventKind.Open,
        ["click"] = DeliveryEventKind.Click,
        ["spamreport"] = DeliveryEventKind.SpamReport,
        ["unsubscribe"] = DeliveryEventKind.Unsubscribe,
        ["group_unsubscribe"] = DeliveryEventKind.GroupUnsubscribe,
        ["group_resubscribe"] = DeliveryEventKind.GroupResubscribe,
    };

    /// <summary>
    /// Parses a webhook body. Returns false when the body is not a JSON array; array items that are
    /// not objects are skipped, unknown event types become <see cref="DeliveryEventKind.Other"/>.
    /// </summary>
    public bool TryParse(ReadOnlyMemory<byte> body, out IReadOnlyList<DeliveryEvent> events)
    {
        events = [];
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return false;
            }
            events = document.RootElement.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.Object)
                .Select(ToEvent)
                .ToList();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private DeliveryEvent ToEvent(JsonElement item) => new(
        Kind: Text(item, "event") is { } name && Kinds.TryGetValue(name, out var kind) ? kind : DeliveryEventKind.Other,
        EventId: Text(item, "sg_event_id"),
        ProviderMessageId: Text(item, "sg_message_id"),
        CorrelationId: Text(item, Sending.SendGridMailSender.CorrelationArg),
        OccurredAt: Timestamp(item),
        Recipient: Text(item, "email") is { } email ? MimeAddressParser.Read(email).Address ?? email : null);

    private static string? Text(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static Instant? Timestamp(JsonElement item)
    {
        if (!double.TryParse(Text(item, "timestamp"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || double.IsNaN(seconds)
            || seconds < Instant.MinValue.ToUnixTimeSeconds()
            || seconds > Instant.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }
        return Instant.FromUnixTimeTicks((long)(seconds * NodaConstants.TicksPerSecond));
    }
}
