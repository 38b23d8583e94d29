using Azure.Data.Tables;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>The person's timeline (<c>Progress</c>: PK enrollment id, RK time-ordered, so a partition read is oldest first).</summary>
public sealed class TableProgressLog(TableSet tables) : IProgressLog, IPersonalData
{
    public string Name => StoreTables.Progress;

    public async Task AppendAsync(string enrollmentId, ProgressEntry entry, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Progress, cancellationToken);
        var row = new TableEntity(enrollmentId, StoreKeys.TimeOrdered(entry.At))
        {
            ["At"] = entry.At.ToDateTimeOffset(),
            ["Kind"] = entry.Kind.ToString(),
            ["Phase"] = entry.Phase.ToString(),
            ["PainScore"] = entry.PainScore,
            ["Detail"] = entry.Detail,
        };
        using var _ = await table.InsertAsync(row, cancellationToken);
    }

    public async Task<IReadOnlyList<ProgressEntry>> ListAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(enrollmentId, cancellationToken);
        return rows.Select(FromRow).ToList();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(enrollmentId, cancellationToken);
        return rows.Select(row => StoreRows.ToExport(row)).ToList();
    }

    public async Task<int> EraseAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Progress, cancellationToken);
        var rows = await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
        return await StoreRows.DeleteAsync(table, rows, cancellationToken);
    }

    private async Task<List<TableEntity>> ReadAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Progress, cancellationToken);
        return await StoreRows.PartitionAsync(table, enrollmentId, cancellationToken);
    }

    private static ProgressEntry FromRow(TableEntity row) => new(
        StoreValues.ToInstant(row.GetDateTimeOffset("At"), "At"),
        StoreValues.ToEnum<ProgressKind>(row.GetString("Kind"), "Kind"),
        StoreValues.ToEnum<Phase>(row.GetString("Phase"), "Phase"),
        row.GetInt32("PainScore"),
        row.GetString("Detail"));
}
