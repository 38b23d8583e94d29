using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The send ledger (<c>Deliveries</c>: PK enrollment id, RK the delivery key escaped for a key).
/// Recording is an insert, so of two workers planning the same email only one gets to send it.
/// </summary>
public sealed class TableDeliveryLedger(TableSet tables) : IDeliveryLedger, IPersonalData
{
    public string Name => StoreTables.Deliveries;

    public async Task<bool> TryRecordAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Deliveries, cancellationToken);
        try
        {
            using var _ = await table.InsertAsync(ToRow(delivery), cancellationToken);
            return true;
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            return false;
        }
    }

    public async Task MarkSentAsync(
        string enrollmentId, string key, Instant sentAt, string? providerMessageId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Deliveries, cancellationToken);
        var row = new TableEntity(enrollmentId, StoreKeys.Escape(key))
        {
            ["SentAt"] = sentAt.ToDateTimeOffset(),
            ["ProviderMessageId"] = providerMessageId,
        };
        using var _ = await table.UpdateAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken)
            .OrConflictAsync($"A delivery of enrollment {enrollmentId} with this key");
    }

    public async Task<IReadOnlyList<Delivery>> ListAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Deliveries, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
        // Keys order by key, not by time; a person has a few dozen deliveries, so sorting here is cheap.
        return rows.Select(FromRow).OrderBy(d => d.RecordedAt).ToList();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Deliveries, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
        return rows.OrderBy(r => r.GetDateTimeOffset("RecordedAt")).Select(r => StoreRows.ToExport(r)).ToList();
    }

    public async Task<int> EraseAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Deliveries, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
        return await StoreRows.DeleteAsync(table, rows, cancellationToken);
    }

    private static TableEntity ToRow(Delivery delivery) => new(delivery.EnrollmentId, StoreKeys.Escape(delivery.Key))
    {
        ["Key"] = delivery.Key,
        ["Kind"] = delivery.Kind.ToString(),
        ["LessonId"] = delivery.LessonId,
        ["RecordedAt"] = delivery.RecordedAt.ToDateTimeOffset(),
        ["SentAt"] = delivery.SentAt?.ToDateTimeOffset(),
        ["ProviderMessageId"] = delivery.ProviderMessageId,
    };

    private static Delivery FromRow(TableEntity row) => new(
        row.PartitionKey,
        StoreValues.Required(row, "Key"),
        StoreValues.ToEnum<EmailKind>(row.GetString("Kind"), "Kind"),
        StoreValues.Required(row, "LessonId"),
        StoreValues.ToInstant(row.GetDateTimeOffset("RecordedAt"), "RecordedAt"),
        row.GetDateTimeOffset("SentAt") is { } sentAt ? Instant.FromDateTimeOffset(sentAt) : null,
        row.GetString("ProviderMessageId"));
}
