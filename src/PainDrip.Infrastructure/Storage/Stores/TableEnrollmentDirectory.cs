using Azure.Data.Tables;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Every enrollment row (<c>Enrollments</c>, RK "enrollment"), for the coach's cohort view. A cross-partition read
/// of one table: fine for a coaching business's cohort, and never on a person's path.
/// </summary>
public sealed class TableEnrollmentDirectory(TableSet tables) : IEnrollmentDirectory
{
    public async Task<IReadOnlyList<EnrollmentRecord>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        var rows = await StoreRows.QueryAsync(table, TableClient.CreateQueryFilter($"RowKey eq {EnrollmentRows.RowKey}"), max, cancellationToken);
        return rows.Select(EnrollmentRows.FromRow).ToList();
    }
}
