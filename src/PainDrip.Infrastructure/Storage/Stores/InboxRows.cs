using Azure.Data.Tables;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>The row shapes of the <c>Inbox</c> table.</summary>
internal static class InboxRows
{
    // '~' never starts an enrollment id (ids are GUIDs), so these partitions cannot meet a person's.
    public const string Unrouted = "~unrouted";
    public const string Pending = "~pending";
    public const string Parked = "~parked";
    public const string InboxId = nameof(InboxId);
    public const string Owner = nameof(Owner);

    // Three parts: 90,000 characters, far more than any reply a person types; longer text is cut with a marker.
    private const int TextParts = 3;
    private const int MaxShortText = 2_000;

    public static string PartitionOf(string? enrollmentId) => enrollmentId ?? Unrouted;

    public static TableEntity ToRow(InboxItem item)
    {
        var message = item.Message;
        var row = new TableEntity(PartitionOf(item.EnrollmentId), item.Id)
        {
            ["EnrollmentId"] = item.EnrollmentId,
            ["ReceivedAt"] = item.ReceivedAt.ToDateTimeOffset(),
            ["RecipientToken"] = Short(message.RecipientToken),
            ["SenderAddress"] = Short(message.SenderAddress),
            ["Subject"] = Short(message.Subject),
            ["MessageId"] = Short(message.MessageId),
            ["InReplyTo"] = Short(message.InReplyTo),
            ["IsAutoReply"] = message.IsAutoReply,
            ["SpamScore"] = message.SpamScore,
            ["AttachmentCount"] = message.AttachmentCount,
            ["State"] = item.State.ToString(),
            ["Attempts"] = item.Attempts,
            ["LastError"] = Short(item.LastError),
        };
        row["TextCut"] = !StoreValues.WriteText(row, "Text", message.Text, TextParts);
        return row;
    }

    public static InboxItem FromRow(TableEntity row) => new(
        row.RowKey,
        row.GetString("EnrollmentId"),
        StoreValues.ToInstant(row.GetDateTimeOffset("ReceivedAt"), "ReceivedAt"),
        new InboundMessage(
            row.GetString("RecipientToken"),
            row.GetString("SenderAddress"),
            row.GetString("Subject") ?? "",
            StoreValues.ReadText(row, "Text") ?? "",
            row.GetString("MessageId"),
            row.GetString("InReplyTo"),
            row.GetBoolean("IsAutoReply") ?? false,
            row.GetDouble("SpamScore"),
            row.GetInt32("AttachmentCount") ?? 0),
        StoreValues.ToEnum<InboxState>(row.GetString("State"), "State"),
        row.GetInt32("Attempts") ?? 0,
        row.GetString("LastError"));

    /// <summary>
    /// The message's id, the same for every copy of it: "m" and a hash of its Message-ID and sender; without a
    /// Message-ID, "c" and a hash of sender, subject, text and the minute it arrived (copies a mail service posts
    /// again within that minute are one message; a later identical message is a new one).
    /// </summary>
    public static string MessageKey(InboundMessage message, NodaTime.Instant receivedAt)
    {
        var sender = (message.SenderAddress ?? "").Trim().ToLowerInvariant();
        var (kind, identity) = string.IsNullOrWhiteSpace(message.MessageId)
            ? ("c", $"{sender}\n{message.Subject}\n{message.Text}\n{receivedAt.ToUnixTimeSeconds() / 60}")
            : ("m", $"{message.MessageId.Trim()}\n{sender}");
        return kind + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)))[..32];
    }

    public static string PendingKey(InboxItem item) =>
        $"{StoreKeys.Ticks(item.ReceivedAt)}-{StoreKeys.Escape(PartitionOf(item.EnrollmentId))}-{item.Id}";

    public static TableEntity ToPendingRow(InboxItem item) =>
        new(Pending, PendingKey(item)) { [Owner] = PartitionOf(item.EnrollmentId), [InboxId] = item.Id };

    /// <summary>The message id an index row names (older rows were keyed by the id itself).</summary>
    public static string IdOf(TableEntity entry) => entry.GetString(InboxId) ?? entry.RowKey;

    public static TableEntity ToParkedRow(TableEntity entry, string error) => new(Parked, entry.RowKey)
    {
        [Owner] = entry.GetString(Owner),
        [InboxId] = entry.GetString(InboxId),
        ["Error"] = error,
    };

    /// <summary>What is known of a message whose row cannot be read: enough for a coach item and the log.</summary>
    public static InboxItem Placeholder(TableEntity entry, string error)
    {
        var owner = entry.GetString(Owner);
        var at = entry.Timestamp is { } written ? NodaTime.Instant.FromDateTimeOffset(written) : NodaTime.Instant.MinValue;
        return new InboxItem(
            IdOf(entry), owner is null || owner.StartsWith('~') ? null : owner, at,
            new InboundMessage(null, null, "", "", null, null, false, null), InboxState.Parked, 0, $"unreadable: {error}");
    }

    public static IReadOnlyDictionary<string, object?> ToExport(InboxItem item) => new Dictionary<string, object?>
    {
        ["Id"] = item.Id,
        ["ReceivedAt"] = item.ReceivedAt.ToDateTimeOffset(),
        ["SenderAddress"] = item.Message.SenderAddress,
        ["Subject"] = item.Message.Subject,
        ["Text"] = item.Message.Text,
        ["MessageId"] = item.Message.MessageId,
        ["IsAutoReply"] = item.Message.IsAutoReply,
        ["AttachmentCount"] = item.Message.AttachmentCount,
        ["State"] = item.State.ToString(),
        ["Attempts"] = item.Attempts,
        ["LastError"] = item.LastError,
    };

    private static string? Short(string? text) =>
        text is null || text.Length <= MaxShortText ? text : text[..(MaxShortText - 1)] + "…";
}
