namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>Reading, exporting and deleting rows, shared by the stores.</summary>
internal static class StoreRows
{
    /// <summary>Every row of one partition, in key order.</summary>
    public static Task<List<TableEntity>> PartitionAsync(TableClient table, string partitionKey, CancellationToken cancellationToken) =>
        QueryAsync(table, TableFilter.PartitionKeyEquals(partitionKey), int.MaxValue, cancellationToken);

    /// <summary>Up to <paramref name="max"/> rows matching the filter, following continuations.</summary>
    public static async Task<List<TableEntity>> QueryAsync(TableClient table, string filter, int max, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        if (max <= 0)
        {
            return rows;
        }
        await foreach (var row in table.QueryAsync(filter, Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count == max)
            {
                break;
            }
        }
        return rows;
    }

    /// <summary>Deletes the rows (already gone is fine); returns how many this call removed.</summary>
    public static async Task<int> DeleteAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var row in rows)
        {
            using var response = await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            deleted += response.Status == 404 ? 0 : 1;
        }
        return deleted;
    }

    /// <summary>A row's properties as an export map, without the storage keys.</summary>
    public static IReadOnlyDictionary<string, object?> ToExport(TableEntity row, params string[] leaveOut)
    {
        var export = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in row.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!leaveOut.Contains(name))
            {
                export[name] = value;
            }
        }
        return export;
    }
}
