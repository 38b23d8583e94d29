using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Raw inbound messages (<c>Inbox</c>: PK enrollment id or "~unrouted", RK a time-ordered unique id),
/// with a pending index (PK "~pending", RK the message id) so retries read only what is still pending.
/// </summary>
/// <remarks>
/// The pending index row is written before the message and removed after it is settled, so a crash
/// never strands a pending message outside the index; index rows left pointing at a settled or
/// missing message are cleaned up when the list meets them.
/// </remarks>
public sealed class TableInbox(TableSet tables) : IInbox, IPersonalData
{
    private static readonly Duration LeftoverAge = Duration.FromMinutes(5);

    public string Name => StoreTables.Inbox;

    public async Task<InboxItem> StoreAsync(
        string? enrollmentId, InboundMessage message, Instant receivedAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var item = new InboxItem(StoreKeys.TimeOrdered(receivedAt), enrollmentId, receivedAt, message, InboxState.Pending, 0, null);
        using (await table.InsertAsync(InboxRows.ToPendingRow(item), cancellationToken))
        using (await table.InsertAsync(InboxRows.ToRow(item), cancellationToken))
        {
        }
        return item;
    }

    public async Task<InboxItem> UpdateAsync(InboxItem item, InboxState state, string? error, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var updated = item with { State = state, Attempts = item.Attempts + 1, LastError = error };
        using var written = await table.UpdateAsync(InboxRows.ToRow(updated), ETag.All, TableUpdateMode.Replace, cancellationToken)
            .OrConflictAsync($"Inbox message {item.Id}");
        if (state != InboxState.Pending)
        {
            using var _ = await table.RemoveAsync(InboxRows.Pending, item.Id, default, cancellationToken);
        }
        return updated;
    }

    public async Task<InboxItem?> FindAsync(string? enrollmentId, string inboxId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var row = await table.FindAsync(InboxRows.PartitionOf(enrollmentId), inboxId, cancellationToken);
        return row is null ? null : InboxRows.FromRow(row);
    }

    public async Task<IReadOnlyList<InboxItem>> ListPendingAsync(Instant storedBefore, int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {InboxRows.Pending} and RowKey lt {StoreKeys.Ticks(storedBefore)}");
        var pending = new List<InboxItem>();
        foreach (var entry in await StoreRows.QueryAsync(table, filter, max, cancellationToken))
        {
            var row = await table.FindAsync(StoreValues.Required(entry, InboxRows.Owner), entry.RowKey, cancellationToken);
            var item = row is null ? null : InboxRows.FromRow(row);
            if (item?.State == InboxState.Pending)
            {
                pending.Add(item);
            }
            else if (item is not null || IsLeftover(entry, storedBefore))
            {
                using var _ = await table.RemoveAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken);
            }
        }
        return pending;
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
        return rows.Select(row => InboxRows.ToExport(InboxRows.FromRow(row))).ToList();
    }

    public async Task<int> EraseAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
        return await EraseAsync(table, enrollmentId, rows, cancellationToken);
    }

    public async Task<int> EraseUnroutedFromAsync(string senderAddress, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, InboxRows.Unrouted, cancellationToken);
        var theirs = rows.Where(row => string.Equals(row.GetString("SenderAddress")?.Trim(), senderAddress.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return await EraseAsync(table, InboxRows.Unrouted, theirs, cancellationToken);
    }

    // The pending index rows go first, so none is left pointing at a message that is gone.
    private static async Task<int> EraseAsync(TableClient table, string partition, List<TableEntity> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(row => row.RowKey).ToHashSet(StringComparer.Ordinal);
        var index = await StoreRows.QueryAsync(
            table, TableClient.CreateQueryFilter($"PartitionKey eq {InboxRows.Pending} and Owner eq {partition}"), int.MaxValue, cancellationToken);
        await StoreRows.DeleteAsync(table, index.Where(entry => ids.Contains(entry.RowKey)), cancellationToken);
        return await StoreRows.DeleteAsync(table, rows, cancellationToken);
    }

    // An index row whose message never arrived: only old ones, since a store may be between its two writes.
    private static bool IsLeftover(TableEntity entry, Instant storedBefore) =>
        entry.Timestamp is { } written && Instant.FromDateTimeOffset(written) < storedBefore - LeftoverAge;
}
