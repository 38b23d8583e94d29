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
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        var pointer = await table.FindAsync(PointerPartition, StoreKeys.Escape(enrollmentId), cancellationToken);
        var ticks = due.ToDateTimeUtc().Ticks;
        var entry = new TableEntity(ShardOf(enrollmentId), EntryKey(ticks, enrollmentId)) { [EnrollmentId] = enrollmentId, [DueTicks] = ticks };
        using (await table.PutAsync(entry, cancellationToken))
        using (await table.PutAsync(
            new TableEntity(PointerPartition, StoreKeys.Escape(enrollmentId)) { [DueTicks] = ticks }, cancellationToken))
        {
        }
        if (pointer?.GetInt64(DueTicks) is { } earlier && earlier != ticks)
        {
            using var _ = await table.RemoveAsync(ShardOf(enrollmentId), EntryKey(earlier, enrollmentId), default, cancellationToken);
        }
    }

    public async Task CancelAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        var pointer = await table.FindAsync(PointerPartition, StoreKeys.Escape(enrollmentId), cancellationToken);
        if (pointer?.GetInt64(DueTicks) is not { } ticks)
        {
            return;
        }
        using (await table.RemoveAsync(PointerPartition, StoreKeys.Escape(enrollmentId), default, cancellationToken))
        using (await table.RemoveAsync(ShardOf(enrollmentId), EntryKey(ticks, enrollmentId), default, cancellationToken))
        {
        }
    }

    public async Task<IReadOnlyList<DueEntry>> ReadDueAsync(Instant now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var table = await tables.GetAsync(StoreTables.DueIndex, cancellationToken);
        var upTo = StoreKeys.Ticks(now) + "~";
        var perShard = await Task.WhenAll(Enumerable.Range(0, ShardCount)
            .Select(shard => StoreRows.QueryAsync(
                table, TableClient.CreateQueryFilter($"PartitionKey eq {Shard(shard)} and RowKey lt {upTo}"), max, cancellationToken)));
        var candidates = perShard.SelectMany(rows => rows).OrderBy(row => row.RowKey, StringComparer.Ordinal).Take(max);
        var due = new List<DueEntry>();
        foreach (var row in candidates)
        {
            if (await IsCurrentAsync(table, row, now, cancellationToken))
            {
                due.Add(new DueEntry(StoreValues.Required(row, EnrollmentId), Instant.FromDateTimeUtc(
                    new DateTime(row.GetInt64(DueTicks)!.Value, DateTimeKind.Utc))));
            }
        }
        return due;
    }

    private static async Task<bool> IsCurrentAsync(TableClient table, TableEntity entry, Instant now, CancellationToken cancellationToken)
    {
        var id = StoreValues.Required(entry, EnrollmentId);
        var pointer = await table.FindAsync(PointerPartition, StoreKeys.Escape(id), cancellationToken);
        if (pointer?.GetInt64(DueTicks) == entry.GetInt64(DueTicks))
        {
            return true;
        }
        // A young entry may belong to a schedule whose pointer is being written right now.
        if (entry.Timestamp is not { } written || Instant.FromDateTimeOffset(written) > now - LeftoverAge)
        {
            return false;
        }
        using var _ = await table.RemoveAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken);
        return false;
    }

    private static string EntryKey(long ticks, string enrollmentId) => $"{StoreKeys.Ticks(ticks)}-{StoreKeys.Escape(enrollmentId)}";

    private static string ShardOf(string enrollmentId) =>
        Shard((int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(enrollmentId))) % ShardCount));

    private static string Shard(int shard) => "due-" + shard.ToString(CultureInfo.InvariantCulture);
}
