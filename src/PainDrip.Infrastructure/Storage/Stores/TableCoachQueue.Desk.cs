using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The coach console's side (<see cref="ICoachDesk"/>): an item's id is its open row key; resolving moves the row to
/// PK "resolved" under the same key, so <see cref="ListAsync"/> keeps listing open items only. Further replies from the
/// same person add their inbox ids to the item's "Replies" and a marker of their own pointing at it.
/// </summary>
public sealed partial class TableCoachQueue
{
    private const string Resolved = "resolved";
    private const string Replies = nameof(Replies);

    public async Task<IReadOnlyList<CoachDeskItem>> ListOpenAsync(int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        var rows = await StoreRows.QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {Open}"), max, cancellationToken);
        return rows.Select(DeskItem).ToList();
    }

    public async Task<IReadOnlyList<CoachDeskItem>> ListForAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var rows = await RowsOfAsync(enrollmentId, cancellationToken);
        return rows.Where(row => row.PartitionKey is Open or Resolved).OrderBy(row => row.RowKey, StringComparer.Ordinal)
            .Select(DeskItem).ToList();
    }

    public async Task<CoachDeskItem?> FindAsync(string itemId, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(itemId, cancellationToken);
        return row is null ? null : DeskItem(row);
    }

    public async Task<CoachDeskItem?> FindByReplyAsync(string inboxId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        var marker = await table.FindAsync(ByInbox, StoreKeys.Escape(inboxId), cancellationToken);
        return marker?.GetString(OpenKey) is { } itemId ? await FindAsync(itemId, cancellationToken) : null;
    }

    public async Task<bool> AttachAsync(string itemId, CoachQueueEntry entry, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        if (!IsKey(itemId) || await table.FindAsync(Open, itemId, cancellationToken) is not { } row)
        {
            return false;
        }
        var item = DeskItem(row);
        if (!item.ReplyIds.Contains(entry.InboxId))
        {
            var reason = MoreUrgent(item.Entry.Item.Reason, entry.Item.Reason);
            var flags = item.Entry.Item.RedFlags.Union(entry.Item.RedFlags).Order().ToList();
            row["Reason"] = reason.ToString();
            row["RedFlags"] = string.Join(',', flags);
            row[Replies] = string.Join(',', item.ReplyIds.Select(StoreKeys.Escape).Append(StoreKeys.Escape(entry.InboxId)));
            row["LastReplyAt"] = Max(item.LastReplyAt, entry.Item.At).ToDateTimeOffset();
            // An ETag-checked write: a coach resolving it at the same moment makes this fail loudly rather than lose the reply.
            using var updated = await table.UpdateAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        var marker = new TableEntity(ByInbox, StoreKeys.Escape(entry.InboxId)) { [EnrollmentId] = entry.Item.EnrollmentId, [OpenKey] = itemId };
        using var written = await table.PutAsync(marker, cancellationToken);
        return true;
    }

    public async Task<bool> ResolveAsync(string itemId, CoachResolution resolution, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        if (!IsKey(itemId) || await table.FindAsync(Open, itemId, cancellationToken) is not { } row)
        {
            return false;
        }
        var closed = new TableEntity(Resolved, itemId);
        foreach (var (name, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            closed[name] = value;
        }
        closed["ResolvedBy"] = resolution.By;
        closed["ResolvedAt"] = resolution.At.ToDateTimeOffset();
        closed["ResolvedNote"] = resolution.Note;
        using var written = await table.PutAsync(closed, cancellationToken);
        try
        {
            using var removed = await table.RemoveAsync(Open, itemId, row.ETag, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status == 412)
        {
            // A further reply arrived in between: keep the item open with it, and undo the move.
            using var undone = await table.RemoveAsync(Resolved, itemId, default, cancellationToken);
            return false;
        }
        return true;
    }

    private async Task<TableEntity?> FindRowAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!IsKey(itemId))
        {
            return null;
        }
        var table = await tables.GetAsync(StoreTables.CoachQueue, cancellationToken);
        return await table.FindAsync(Open, itemId, cancellationToken) ?? await table.FindAsync(Resolved, itemId, cancellationToken);
    }

    // Item ids come from URLs: refuse anything a key may not hold before it reaches the table.
    private static bool IsKey(string itemId) =>
        itemId.Length is > 0 and <= 500 && !itemId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    private static CoachDeskItem DeskItem(TableEntity row)
    {
        var entry = FromRow(row);
        var replies = (row.GetString(Replies) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (replies.Count == 0)
        {
            replies.Add(entry.InboxId);
        }
        var last = row.GetDateTimeOffset("LastReplyAt") is { } at ? Instant.FromDateTimeOffset(at) : entry.Item.At;
        var resolution = row.GetString("ResolvedBy") is { } by
            ? new CoachResolution(by, StoreValues.ToInstant(row.GetDateTimeOffset("ResolvedAt"), "ResolvedAt"), row.GetString("ResolvedNote") ?? "")
            : null;
        return new CoachDeskItem(row.RowKey, entry, replies, last, resolution);
    }

    // The reason whose need is more pressing; red flags always win.
    private static CoachQueueReason MoreUrgent(CoachQueueReason current, CoachQueueReason incoming) =>
        Rank(incoming) < Rank(current) ? incoming : current;

    private static int Rank(CoachQueueReason reason) => reason switch
    {
        CoachQueueReason.RedFlag => 0,
        CoachQueueReason.HighPain or CoachQueueReason.Escalation => 1,
        CoachQueueReason.ResumeRequest => 2,
        CoachQueueReason.FollowUp => 3,
        CoachQueueReason.Question => 4,
        _ => 5,
    };

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
