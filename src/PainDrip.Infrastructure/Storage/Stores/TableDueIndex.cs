using System.Globalization;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The next-send index (<c>DueIndex</c>).
/// </summary>
/// <remarks>
/// Layout: entries live in a fixed number of shard partitions (PK "due-0" … "due-7", chosen by a stable
/// hash of the enrollment id) with RK "{due ticks:D19}-{enrollment id}", so each shard is sorted by due
/// time. A timer run sends one range query per shard (RowKey below "{now ticks}~", with $top), so it reads
/// the due rows and nothing later: its cost grows with the people due, not with everyone. Sharding by id
/// instead of by time bucket keeps writes spread and never leaves old buckets to sweep.
/// A pointer row per enrollment (PK "by-enrollment", RK id, the due ticks) names its one current entry:
/// scheduling writes the new entry, then the pointer, then drops the old entry; cancelling drops the pointer
/// first. An entry the pointer does not name is a leftover of an interrupted write; reads skip and delete it.
/// </remarks>
public sealed class TableDueIndex(TableSet tables) : IDueIndex
{
    private const int ShardCount = 8;
    private const string PointerPartition = "by-enrollment";
    private const string DueTicks = nameof(DueTicks);
    private const string EnrollmentId = nameof(EnrollmentId);
    private static readonly Duration LeftoverAge = Duration.FromMinutes(5);

    public async Task ScheduleAsync(string enrollmentId, Instant due, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken).ConfigureAwait(false);
        var pointer = await table.TryGetEntityAsync(PointerPartition, StoreKeys.Escape(enrollmentId), cancellationToken).ConfigureAwait(false);
        var ticks = due.ToDateTimeUtc().Ticks;
        var entry = new TableEntity(ShardOf(enrollmentId), EntryKey(ticks, enrollmentId)) { [EnrollmentId] = enrollmentId, [DueTicks] = ticks };
        using (await table.UpsertEntityAsync(entry, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false))
        using (await table.UpsertEntityAsync(
            new TableEntity(PointerPartition, StoreKeys.Escape(enrollmentId)) { [DueTicks] = ticks }, TableUpdateMode.Replace, cancellationToken)
            .ConfigureAwait(false))
        {
        }
        if (pointer?.GetInt64(DueTicks) is { } earlier && earlier != ticks)
        {
            using var _ = await table.DeleteEntityAsync(ShardOf(enrollmentId), EntryKey(earlier, enrollmentId), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async Task CancelAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken).ConfigureAwait(false);
        var pointer = await table.TryGetEntityAsync(PointerPartition, StoreKeys.Escape(enrollmentId), cancellationToken).ConfigureAwait(false);
        if (pointer?.GetInt64(DueTicks) is not { } ticks)
        {
            return;
        }
        using (await table.DeleteEntityAsync(PointerPartition, StoreKeys.Escape(enrollmentId), cancellationToken: cancellationToken).ConfigureAwait(false))
        using (await table.DeleteEntityAsync(ShardOf(enrollmentId), EntryKey(ticks, enrollmentId), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
        }
    }

    public async Task<IReadOnlyList<DueEntry>> ReadDueAsync(Instant now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken).ConfigureAwait(false);
        var upTo = StoreKeys.Ticks(now) + "~";
        var perShard = await Task.WhenAll(Enumerable.Range(0, ShardCount)
            .Select(shard => ReadShardAsync(table, Shard(shard), upTo, max, cancellationToken))).ConfigureAwait(false);
        var candidates = perShard.SelectMany(rows => rows).OrderBy(row => row.RowKey, StringComparer.Ordinal).Take(max);
        var due = new List<DueEntry>();
        foreach (var row in candidates)
        {
            if (await IsCurrentAsync(table, row, now, cancellationToken).ConfigureAwait(false))
            {
                due.Add(new DueEntry(StoreValues.Required(row, EnrollmentId), Instant.FromDateTimeUtc(
                    new DateTime(row.GetInt64(DueTicks)!.Value, DateTimeKind.Utc))));
            }
        }
        return due;
    }

    private static async Task<List<TableEntity>> ReadShardAsync(
        TableClient table, string shard, string upTo, int max, CancellationToken cancellationToken)
    {
        var filter = TableFilter.And(TableFilter.PartitionKeyEquals(shard), TableFilter.LessThan("RowKey", upTo));
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync(filter, max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count == max)
            {
                break;
            }
        }
        return rows;
    }

    private static async Task<bool> IsCurrentAsync(TableClient table, TableEntity entry, Instant now, CancellationToken cancellationToken)
    {
        var id = StoreValues.Required(entry, EnrollmentId);
        var pointer = await table.TryGetEntityAsync(PointerPartition, StoreKeys.Escape(id), cancellationToken).ConfigureAwait(false);
        if (pointer?.GetInt64(DueTicks) == entry.GetInt64(DueTicks))
        {
            return true;
        }
        // A young entry may belong to a schedule whose pointer is being written right now.
        if (entry.Timestamp is not { } written || Instant.FromDateTimeOffset(written) > now - LeftoverAge)
        {
            return false;
        }
        using var _ = await table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private static string EntryKey(long ticks, string enrollmentId) => $"{StoreKeys.Ticks(ticks)}-{StoreKeys.Escape(enrollmentId)}";

    private static string ShardOf(string enrollmentId) =>
        Shard((int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(enrollmentId))) % ShardCount));

    private static string Shard(int shard) => "due-" + shard.ToString(CultureInfo.InvariantCulture);
}
