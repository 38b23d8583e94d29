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

    public static TableEntity ToPendingRow(InboxItem item) =>
        new(Pending, item.Id) { [Owner] = PartitionOf(item.EnrollmentId) };

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
