using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The next-send index (<c>DueIndex</c>).
/// </summary>
/// <remarks>
/// Layout: a fixed number of shard partitions (PK "due-0" … "due-7", chosen by a stable hash of the enrollment id).
/// In each, entries with RK "{due ticks:D19}-{enrollment id}", sorted by due time, and one pointer per enrollment
/// (RK "~{enrollment id}", after every entry) naming its current entry. Both live in the enrollment's shard, so
/// replacing an entry (new entry, pointer, old entry gone) is one transaction. A timer run sends one range query per
/// shard for its share of the batch (RowKey below "{now ticks}~", with $top), so it reads the due rows and nothing
/// later: its cost grows with the people due, not with everyone. The run passes the entry it read back when it
/// reschedules (<see cref="ReplaceAsync"/>), so it never reads a pointer; an
/// entry nobody named (left by an interrupted or uninformed write) comes due, the run reads the enrollment, finds
/// nothing due and replaces it: leftovers heal by themselves.
/// </remarks>
public sealed class TableDueIndex(TableSet tables) : IDueIndex
{
    private const int ShardCount = 8;
    private const string DueTicks = nameof(DueTicks);
    private const string EnrollmentId = nameof(EnrollmentId);

    public async Task ScheduleAsync(string enrollmentId, Instant due, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        var pointer = await table.FindAsync(ShardOf(enrollmentId), PointerKey(enrollmentId), cancellationToken);
        await ReplaceAsync(table, enrollmentId, pointer?.GetInt64(DueTicks), Ticks(due), cancellationToken);
    }

    public async Task ReplaceAsync(DueEntry replacing, Instant due, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        await ReplaceAsync(table, replacing.EnrollmentId, Ticks(replacing.Due), Ticks(due), cancellationToken);
    }

    public async Task CancelAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        var pointer = await table.FindAsync(ShardOf(enrollmentId), PointerKey(enrollmentId), cancellationToken);
        if (pointer?.GetInt64(DueTicks) is { } ticks)
        {
            await DeleteAsync(table, enrollmentId, ticks, cancellationToken);
        }
    }

    public async Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        await DeleteAsync(table, entry.EnrollmentId, Ticks(entry.Due), cancellationToken);
    }

    public async Task<IReadOnlyList<DueEntry>> ReadDueAsync(Instant now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        var upTo = StoreKeys.Ticks(now) + "~";
        // Each shard's share of the batch, not the whole batch from every shard: a run reads what it uses. Shards that
        // filled their share are read on only when the others left room, so a short answer means nothing more is due.
        var share = (max + ShardCount - 1) / ShardCount;
        var rows = await Task.WhenAll(Enumerable.Range(0, ShardCount).Select(shard => ReadShardAsync(table, shard, "", upTo, share, cancellationToken)));
        var room = max - rows.Sum(shard => shard.Count);
        if (room > 0)
        {
            var more = await Task.WhenAll(Enumerable.Range(0, ShardCount).Where(shard => rows[shard].Count == share)
                .Select(shard => ReadShardAsync(table, shard, rows[shard][^1].RowKey, upTo, room, cancellationToken)));
            rows = [.. rows, .. more];
        }
        return rows.SelectMany(shard => shard).OrderBy(row => row.RowKey, StringComparer.Ordinal).Take(max)
            .Select(row => new DueEntry(StoreValues.Required(row, EnrollmentId), FromTicks(row.GetInt64(DueTicks) ?? 0)))
            .ToList();
    }

    private static Task<List<TableEntity>> ReadShardAsync(TableClient table, int shard, string after, string upTo, int max, CancellationToken cancellationToken) =>
        StoreRows.QueryAsync(
            table, TableClient.CreateQueryFilter($"PartitionKey eq {Shard(shard)} and RowKey gt {after} and RowKey lt {upTo}"), max, cancellationToken);

    // New entry and pointer in, old entry out; a transaction fails whole when the old entry is gone already, so then without it.
    private static async Task ReplaceAsync(TableClient table, string enrollmentId, long? oldTicks, long ticks, CancellationToken cancellationToken)
    {
        var shard = ShardOf(enrollmentId);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpsertReplace, TableKeys.Checked(
                new TableEntity(shard, EntryKey(ticks, enrollmentId)) { [EnrollmentId] = enrollmentId, [DueTicks] = ticks })),
            new(TableTransactionActionType.UpsertReplace, TableKeys.Checked(
                new TableEntity(shard, PointerKey(enrollmentId)) { [DueTicks] = ticks })),
        ];
        if (oldTicks is { } old && old != ticks)
        {
            try
            {
                await table.SubmitTransactionAsync([.. actions, new(TableTransactionActionType.Delete, new TableEntity(shard, EntryKey(old, enrollmentId)), ETag.All)], cancellationToken);
                return;
            }
            catch (TableTransactionFailedException failed) when (failed.Status == 404)
            {
            }
        }
        await table.SubmitTransactionAsync(actions, cancellationToken);
    }

    private static async Task DeleteAsync(TableClient table, string enrollmentId, long ticks, CancellationToken cancellationToken)
    {
        var shard = ShardOf(enrollmentId);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.Delete, new TableEntity(shard, EntryKey(ticks, enrollmentId)), ETag.All),
                    new(TableTransactionActionType.Delete, new TableEntity(shard, PointerKey(enrollmentId)), ETag.All),
                ], cancellationToken);
        }
        catch (TableTransactionFailedException failed) when (failed.Status == 404)
        {
            using (await table.RemoveAsync(shard, EntryKey(ticks, enrollmentId), default, cancellationToken))
            using (await table.RemoveAsync(shard, PointerKey(enrollmentId), default, cancellationToken))
            {
            }
        }
    }

    private static long Ticks(Instant at) => at.ToDateTimeUtc().Ticks;

    private static Instant FromTicks(long ticks) => Instant.FromDateTimeUtc(new DateTime(ticks, DateTimeKind.Utc));

    private static string EntryKey(long ticks, string enrollmentId) => $"{StoreKeys.Ticks(ticks)}-{StoreKeys.Escape(enrollmentId)}";

    private static string PointerKey(string enrollmentId) => "~" + StoreKeys.Escape(enrollmentId);

    private static string ShardOf(string enrollmentId) =>
        Shard((int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(enrollmentId))) % ShardCount));

    private static string Shard(int shard) => "due-" + shard.ToString(CultureInfo.InvariantCulture);
}
