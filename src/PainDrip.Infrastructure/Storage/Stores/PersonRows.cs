using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The rows kept in a person's partition of the <c>Enrollments</c> table beside the enrollment row
/// (RK "enrollment"): deliveries (RK "d-{escaped key}") and timeline entries (RK "p-{time-ordered id}").
/// One partition, so the rows that change together go in one transaction (docs/storage.md).
/// </summary>
internal static class PersonRows
{
    public const string DeliveryPrefix = "d-";
    public const string ProgressPrefix = "p-";

    /// <summary>Rows of one kind in one person's partition: keys from the prefix up to the next character.</summary>
    public static string RangeFilter(string enrollmentId, string prefix)
    {
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        return TableClient.CreateQueryFilter($"PartitionKey eq {enrollmentId} and RowKey ge {prefix} and RowKey lt {end}");
    }

    public static string DeliveryKey(string key) => DeliveryPrefix + StoreKeys.Escape(key);

    public static TableEntity ToRow(Delivery delivery)
    {
        var row = new TableEntity(delivery.EnrollmentId, DeliveryKey(delivery.Key))
        {
            ["Key"] = delivery.Key,
            ["Kind"] = delivery.Kind.ToString(),
            ["LessonId"] = delivery.LessonId,
            ["RecordedAt"] = delivery.RecordedAt.ToDateTimeOffset(),
            ["SentAt"] = delivery.SentAt?.ToDateTimeOffset(),
            ["ProviderMessageId"] = delivery.ProviderMessageId,
            ["CorrelationId"] = delivery.CorrelationId,
            ["Email"] = delivery.Email is null ? null : StoreJson.Serialize(delivery.Email),
        };
        return row;
    }

    public static TableEntity ToSentRow(string enrollmentId, SendConfirmation confirmation) =>
        new(enrollmentId, DeliveryKey(confirmation.Key))
        {
            ["SentAt"] = confirmation.SentAt.ToDateTimeOffset(),
            ["ProviderMessageId"] = confirmation.ProviderMessageId,
        };

    public static Delivery ToDelivery(TableEntity row) => new(
        row.PartitionKey,
        StoreValues.Required(row, "Key"),
        StoreValues.ToEnum<EmailKind>(row.GetString("Kind"), "Kind"),
        StoreValues.Required(row, "LessonId"),
        StoreValues.ToInstant(row.GetDateTimeOffset("RecordedAt"), "RecordedAt"),
        row.GetDateTimeOffset("SentAt") is { } sentAt ? Instant.FromDateTimeOffset(sentAt) : null,
        row.GetString("ProviderMessageId"))
    {
        CorrelationId = row.GetString("CorrelationId"),
        Email = row.GetString("Email") is { Length: > 0 } email ? StoreJson.Deserialize<PlannedEmail>(email) : null,
    };

    public static TableEntity ToRow(string enrollmentId, ProgressEntry entry) => new(enrollmentId, ProgressPrefix + StoreKeys.TimeOrdered(entry.At))
    {
        ["At"] = entry.At.ToDateTimeOffset(),
        ["Kind"] = entry.Kind.ToString(),
        ["Phase"] = entry.Phase.ToString(),
        ["PainScore"] = entry.PainScore,
        ["Detail"] = entry.Detail,
    };

    public static ProgressEntry ToProgress(TableEntity row) => new(
        StoreValues.ToInstant(row.GetDateTimeOffset("At"), "At"),
        StoreValues.ToEnum<ProgressKind>(row.GetString("Kind"), "Kind"),
        StoreValues.ToEnum<Phase>(row.GetString("Phase"), "Phase"),
        row.GetInt32("PainScore"),
        row.GetString("Detail"));
}
