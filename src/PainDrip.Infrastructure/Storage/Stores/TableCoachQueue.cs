using Azure;
using Azure.Data.Tables;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Replies waiting for a coach (<c>CoachQueue</c>): open items under PK "open" with RK
/// "{inverted ticks}-{inbox id}", so a partition read is newest first; one marker per reply
/// (PK "by-inbox", RK inbox id) makes adding the same reply twice keep one item.
/// </summary>
/// <remarks>The queue is small (people with a red flag or a question), so erasure filters it by enrollment id.</remarks>
public sealed partial class TableCoachQueue(TableSet tables) : ICoachQueue, ICoachDesk, IPersonalData
{
    private const string Open = "open";
    private const string ByInbox = "by-inbox";
    private const string EnrollmentId = nameof(EnrollmentId);
    private const string OpenKey = nameof(OpenKey);

    public string Name => StoreTables.CoachQueue;

    public async Task AddAsync(CoachQueueEntry entry, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        var inboxKey = StoreKeys.Escape(entry.InboxId);
        var openKey = $"{StoreKeys.InvertedTicks(entry.Item.At)}-{inboxKey}";
        var marker = new TableEntity(ByInbox, inboxKey) { [EnrollmentId] = entry.Item.EnrollmentId, [OpenKey] = openKey };
        try
        {
            using var _ = await table.InsertAsync(marker, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            // Added before: keep the first item's place, but write it again in case that add stopped half-way.
            var first = await table.FindAsync(ByInbox, inboxKey, cancellationToken);
            openKey = first?.GetString(OpenKey) ?? openKey;
        }
        using var written = await table.PutAsync(ToRow(entry, openKey), cancellationToken);
    }

    public async Task<IReadOnlyList<CoachQueueEntry>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        var rows = await StoreRows.QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {Open}"), max, cancellationToken);
        return rows.Select(FromRow).ToList();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await RowsOfAsync(enrollmentId, cancellationToken);
        return rows.Where(row => row.PartitionKey is Open or Resolved).Select(row => StoreRows.ToExport(row)).ToList();
    }

    public async Task<int> EraseAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        var rows = await RowsOfAsync(enrollmentId, cancellationToken);
        return await StoreRows.DeleteAsync(table, rows, cancellationToken);
    }

    private async Task<List<TableEntity>> RowsOfAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        return await StoreRows.QueryAsync(table, TableClient.CreateQueryFilter($"EnrollmentId eq {enrollmentId}"), int.MaxValue, cancellationToken);
    }

    private static TableEntity ToRow(CoachQueueEntry entry, string openKey) => new(Open, openKey)
    {
        [EnrollmentId] = entry.Item.EnrollmentId,
        ["InboxId"] = entry.InboxId,
        ["Reason"] = entry.Item.Reason.ToString(),
        ["RedFlags"] = string.Join(',', entry.Item.RedFlags),
        ["At"] = entry.Item.At.ToDateTimeOffset(),
    };

    private static CoachQueueEntry FromRow(TableEntity row) => new(
        new CoachQueueItem(
            StoreValues.Required(row, EnrollmentId),
            StoreValues.ToEnum<CoachQueueReason>(row.GetString("Reason"), "Reason"),
            (row.GetString("RedFlags") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(flag => StoreValues.ToEnum<RedFlag>(flag, "RedFlags")).ToList(),
            StoreValues.ToInstant(row.GetDateTimeOffset("At"), "At")),
        StoreValues.Required(row, "InboxId"));
}
