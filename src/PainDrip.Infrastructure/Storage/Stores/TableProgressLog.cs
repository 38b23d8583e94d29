using Azure.Data.Tables;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The person's timeline: rows "p-{time-ordered id}" in their partition of <c>Enrollments</c> (see <see cref="PersonRows"/>),
/// so a range read is oldest first and the send and reply paths append in the same transaction as the enrollment.
/// </summary>
public sealed class TableProgressLog(TableSet tables) : IProgressLog, IPersonalData
{
    public string Name => StoreTables.Progress;

    public async Task AppendAsync(string enrollmentId, ProgressEntry entry, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        using var _ = await table.InsertAsync(PersonRows.ToRow(enrollmentId, entry), cancellationToken);
    }

    public async Task<IReadOnlyList<ProgressEntry>> ListAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(enrollmentId, cancellationToken);
        return rows.Select(PersonRows.ToProgress).ToList();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(enrollmentId, cancellationToken);
        return rows.Select(row => StoreRows.ToExport(row)).ToList();
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
        return await StoreRows.QueryAsync(table, PersonRows.RangeFilter(enrollmentId, PersonRows.ProgressPrefix), int.MaxValue, cancellationToken);
    }
}
