using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The send ledger: rows "d-{escaped delivery key}" in the person's partition of <c>Enrollments</c> (see
/// <see cref="PersonRows"/>). Recording is an insert, so of two workers planning the same email only one gets to send it.
/// The send path records and confirms through <see cref="TablePersonJournal"/>, in the enrollment's own transaction.
/// </summary>
public sealed class TableDeliveryLedger(TableSet tables) : IDeliveryLedger, IPersonalData
{
    public string Name => StoreTables.Deliveries;

    public async Task<bool> TryRecordAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        try
        {
            using var _ = await table.InsertAsync(PersonRows.ToRow(delivery), cancellationToken);
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
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        var row = PersonRows.ToSentRow(enrollmentId, new SendConfirmation(key, sentAt, providerMessageId));
        using var _ = await table.UpdateAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken)
            .OrConflictAsync($"A delivery of enrollment {enrollmentId} with this key");
    }

    public async Task<IReadOnlyList<Delivery>> ListAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(enrollmentId, cancellationToken);
        // Keys order by key, not by time; a person has a few dozen deliveries, so sorting here is cheap.
        return rows.Select(PersonRows.ToDelivery).OrderBy(d => d.RecordedAt).ToList();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(enrollmentId, cancellationToken);
        return rows.OrderBy(r => r.GetDateTimeOffset("RecordedAt")).Select(r => StoreRows.ToExport(r)).ToList();
    }

    public async Task<int> EraseAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        return await StoreRows.DeleteAsync(table, await ReadAsync(enrollmentId, cancellationToken), cancellationToken);
    }

    private async Task<List<TableEntity>> ReadAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        TableKeys.Validate(enrollmentId, "PartitionKey");
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        return await StoreRows.QueryAsync(table, PersonRows.RangeFilter(enrollmentId, PersonRows.DeliveryPrefix), int.MaxValue, cancellationToken);
    }
}
