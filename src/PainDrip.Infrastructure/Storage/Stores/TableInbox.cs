using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Raw inbound messages (<c>Inbox</c>: PK enrollment id or "~unrouted", RK a key derived from the message, see
/// <see cref="InboxRows.MessageKey"/>), with a retry index (PK "~pending", RK "{received ticks}-{owner}-{id}") that
/// holds only messages whose processing failed, so retries read only what is still pending.
/// </summary>
/// <remarks>
/// Storing is one conditional insert: the key is the duplicate check, so two copies of one message posted at the
/// same instant store (and are applied) once; the loser gets the stored copy back with
/// <see cref="InboxItem.StoredBefore"/>. A message is finished by one more write (its outcome). Only a failed
/// attempt writes the retry index; a process killed between storing and finishing never answered the post, so the
/// mail service posts it again and that copy takes over (docs/storage.md). Index rows left pointing at a settled
/// or missing message are cleaned up when the list meets them; a row that cannot be read is parked, not retried.
/// </remarks>
public sealed class TableInbox(TableSet tables) : IInbox, IPersonalData
{
    private static readonly Duration LeftoverAge = Duration.FromMinutes(5);

    public string Name => StoreTables.Inbox;

    public async Task<InboxItem> StoreAsync(
        string? enrollmentId, InboundMessage message, Instant receivedAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var item = new InboxItem(InboxRows.MessageKey(message, receivedAt), enrollmentId, receivedAt, message, InboxState.Pending, 0, null);
        try
        {
            using var _ = await table.InsertAsync(InboxRows.ToRow(item), cancellationToken);
            return item;
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            var stored = await table.FindAsync(InboxRows.PartitionOf(enrollmentId), item.Id, cancellationToken);
            return (stored is null ? item : InboxRows.FromRow(stored)) with { StoredBefore = true };
        }
    }

    public async Task<InboxItem> UpdateAsync(InboxItem item, InboxState state, string? error, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var updated = item with { State = state, Attempts = item.Attempts + 1, LastError = error, StoredBefore = false };
        if (state == InboxState.Pending)
        {
            // Indexed first, so a failure between the two writes never leaves a pending message outside the index.
            using var indexed = await table.PutAsync(InboxRows.ToPendingRow(item), cancellationToken);
        }
        using (await table.UpdateAsync(InboxRows.ToRow(updated), ETag.All, TableUpdateMode.Replace, cancellationToken)
            .OrConflictAsync($"Inbox message {item.Id}"))
        {
        }
        // Only a message that failed before has an index row to remove.
        if (state != InboxState.Pending && item.Attempts > 0)
        {
            using var _ = await table.RemoveAsync(InboxRows.Pending, InboxRows.PendingKey(item), default, cancellationToken);
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
            if (await ReadPendingAsync(table, entry, storedBefore, cancellationToken) is { } item)
            {
                pending.Add(item);
            }
        }
        return pending;
    }

    public async Task ParkAsync(InboxItem item, string reason, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        if (item.State == InboxState.Parked)
        {
            return; // A row that could not be read: ListPendingAsync set it aside already.
        }
        await UpdateAsync(item with { Attempts = Math.Max(item.Attempts, 1) }, InboxState.Parked, reason, cancellationToken);
    }

    // One row's trouble stays that row's: it is moved out of the index and reported as parked.
    private static async Task<InboxItem?> ReadPendingAsync(TableClient table, TableEntity entry, Instant storedBefore, CancellationToken cancellationToken)
    {
        try
        {
            var row = await table.FindAsync(StoreValues.Required(entry, InboxRows.Owner), InboxRows.IdOf(entry), cancellationToken);
            var item = row is null ? null : InboxRows.FromRow(row);
            if (item?.State == InboxState.Pending)
            {
                return item;
            }
            if (item is not null || IsLeftover(entry, storedBefore))
            {
                using var _ = await table.RemoveAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken);
            }
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return await ParkUnreadableAsync(table, entry, error, cancellationToken);
        }
    }

    private static async Task<InboxItem> ParkUnreadableAsync(TableClient table, TableEntity entry, Exception error, CancellationToken cancellationToken)
    {
        var parked = InboxRows.ToParkedRow(entry, error.GetType().Name);
        using (await table.PutAsync(parked, cancellationToken))
        using (await table.RemoveAsync(entry.PartitionKey, entry.RowKey, default, cancellationToken))
        {
        }
        return InboxRows.Placeholder(entry, error.GetType().Name);
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
        return rows.Select(InboxRows.FromRow).OrderBy(item => item.ReceivedAt).Select(InboxRows.ToExport).ToList();
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
        var theirs = await UnroutedFromAsync(table, senderAddress, cancellationToken);
        return await EraseAsync(table, InboxRows.Unrouted, theirs, cancellationToken);
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportUnroutedFromAsync(
        string senderAddress, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Inbox, cancellationToken);
        var theirs = await UnroutedFromAsync(table, senderAddress, cancellationToken);
        return theirs.Select(InboxRows.FromRow).OrderBy(item => item.ReceivedAt).Select(InboxRows.ToExport).ToList();
    }

    // One query for export and erase, so both always see the same rows of this one sender.
    private static async Task<List<TableEntity>> UnroutedFromAsync(TableClient table, string senderAddress, CancellationToken cancellationToken)
    {
        var rows = await StoreRows.PartitionAsync(table, InboxRows.Unrouted, cancellationToken);
        return rows.Where(row => string.Equals(row.GetString("SenderAddress")?.Trim(), senderAddress.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
    }

    // The pending index rows go first, so none is left pointing at a message that is gone.
    private static async Task<int> EraseAsync(TableClient table, string partition, List<TableEntity> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(row => row.RowKey).ToHashSet(StringComparer.Ordinal);
        foreach (var indexPartition in new[] { InboxRows.Pending, InboxRows.Parked })
        {
            var index = await StoreRows.QueryAsync(
                table, TableClient.CreateQueryFilter($"PartitionKey eq {indexPartition} and Owner eq {partition}"), int.MaxValue, cancellationToken);
            await StoreRows.DeleteAsync(table, index.Where(entry => ids.Contains(InboxRows.IdOf(entry))), cancellationToken);
        }
        return await StoreRows.DeleteAsync(table, rows, cancellationToken);
    }

    // An index row whose message never arrived: only old ones, since a store may be between its two writes.
    private static bool IsLeftover(TableEntity entry, Instant storedBefore) =>
        entry.Timestamp is { } written && Instant.FromDateTimeOffset(written) < storedBefore - LeftoverAge;
}
