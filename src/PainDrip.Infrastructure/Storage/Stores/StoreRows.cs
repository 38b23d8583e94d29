using Azure;
using Azure.Data.Tables;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>Reading, exporting and deleting rows, shared by the stores.</summary>
internal static class StoreRows
{
    /// <summary>The most operations one transaction may hold (Azurite breaks on 101 instead of refusing).</summary>
    public const int MaxBatch = 100;

    private static readonly string[] SystemProperties = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    /// <summary>Every row of one partition, in key order.</summary>
    public static Task<List<TableEntity>> PartitionAsync(TableClient table, string partitionKey, CancellationToken cancellationToken) =>
        QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), int.MaxValue, cancellationToken);

    /// <summary>Up to <paramref name="max"/> rows matching the filter, following continuations (1,000 rows a page at most).</summary>
    public static async Task<List<TableEntity>> QueryAsync(TableClient table, string filter, int max, CancellationToken cancellationToken) =>
        max <= 0
            ? []
            : await table.QueryAsync<TableEntity>(filter, Math.Min(max, 1000), cancellationToken: cancellationToken)
                .Take(max).ToListAsync(cancellationToken);

    /// <summary>
    /// Deletes the rows, one transaction per partition and 100 rows; returns how many this call removed.
    /// A transaction that meets a row already gone fails whole, so its rows are then deleted one by one.
    /// </summary>
    public static async Task<int> DeleteAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var batch in rows.GroupBy(row => row.PartitionKey).SelectMany(partition => partition.Chunk(MaxBatch)))
        {
            try
            {
                var actions = batch.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
                await table.SubmitTransactionAsync(actions, cancellationToken);
                deleted += batch.Length;
            }
            catch (TableTransactionFailedException failed) when (failed.Status == 404)
            {
                foreach (var row in batch)
                {
                    using var response = await table.RemoveAsync(row.PartitionKey, row.RowKey, default, cancellationToken);
                    deleted += response.Status == 404 ? 0 : 1;
                }
            }
        }
        return deleted;
    }

    /// <summary>A row's properties as an export map, without the storage keys, ETag and timestamp.</summary>
    public static IReadOnlyDictionary<string, object?> ToExport(TableEntity row)
    {
        var export = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in row.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!SystemProperties.Contains(name))
            {
                export[name] = value;
            }
        }
        return export;
    }
}
