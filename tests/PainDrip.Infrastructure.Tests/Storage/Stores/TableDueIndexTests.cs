using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableDueIndexTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Instant Now = StoreTestKit.Now;
    private readonly StoreTestKit _kit = new(azurite);
    private TableDueIndex Index => new(_kit.Tables);

    [Fact]
    public async Task ReadDueAsync_MixedTimes_ReturnsOnlyDueEntriesEarliestFirst()
    {
        var ids = Enumerable.Range(0, 12).Select(_ => StoreTestKit.NewId()).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            // Even ids are due (in the past, the latest exactly now), odd ones in the future.
            var due = i % 2 == 0 ? Now - Duration.FromMinutes(10 - i) : Now + Duration.FromMinutes(i);
            await Index.ScheduleAsync(ids[i], due, None);
        }

        var entries = await Index.ReadDueAsync(Now, 100, None);

        Assert.Equal(ids.Where((_, i) => i % 2 == 0), entries.Select(e => e.EnrollmentId));
        Assert.Equal(entries.Select(e => e.Due).Order(), entries.Select(e => e.Due));
        Assert.Equal(Now - Duration.FromMinutes(10), entries[0].Due);
        Assert.Equal(Now, entries[^1].Due);
    }

    [Fact]
    public async Task ReadDueAsync_MoreDueThanMax_ReturnsMaxDueEntriesAndReadsNoMoreThanOneShareAShard()
    {
        var ids = Enumerable.Range(0, 40).Select(_ => StoreTestKit.NewId()).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            await Index.ScheduleAsync(ids[i], Now - Duration.FromMinutes(100 - i), None);
        }
        var table = await _kit.TableAsync(StoreTables.DueIndex);

        var entries = await Index.ReadDueAsync(Now, 3, None);

        Assert.Equal(3, entries.Count);
        Assert.Equal(3, entries.Select(e => e.EnrollmentId).Intersect(ids).Distinct().Count());
        Assert.Equal(entries.Select(e => e.Due).Order(), entries.Select(e => e.Due));
        // Eight shards, one row each for a batch of three: what a shard's share is, not three from every shard.
        Assert.Equal(40, await CountAsync(table, "PartitionKey ge 'due-' and RowKey lt '~'"));
    }

    [Fact]
    public async Task ScheduleAsync_Again_ReplacesTheEarlierEntry()
    {
        var id = StoreTestKit.NewId();
        await Index.ScheduleAsync(id, Now - Duration.FromHours(1), None);

        await Index.ScheduleAsync(id, Now + Duration.FromHours(1), None);

        Assert.Empty(await Index.ReadDueAsync(Now, 10, None));
        var later = Assert.Single(await Index.ReadDueAsync(Now + Duration.FromHours(2), 10, None));
        Assert.Equal(new DueEntry(id, Now + Duration.FromHours(1)), later);
    }

    [Fact]
    public async Task CancelAsync_Scheduled_RemovesTheEntry()
    {
        var kept = StoreTestKit.NewId();
        var cancelled = StoreTestKit.NewId();
        await Index.ScheduleAsync(kept, Now - Duration.FromHours(2), None);
        await Index.ScheduleAsync(cancelled, Now - Duration.FromHours(1), None);

        await Index.CancelAsync(cancelled, None);
        await Index.CancelAsync(StoreTestKit.NewId(), None);

        Assert.Equal([kept], (await Index.ReadDueAsync(Now, 10, None)).Select(e => e.EnrollmentId));
        var table = await _kit.TableAsync(StoreTables.DueIndex);
        Assert.Equal(2, await CountAsync(table, null));
    }

    [Fact]
    public async Task ReadDueAsync_FutureEntries_AreNotReadFromStorage()
    {
        var due = StoreTestKit.NewId();
        await Index.ScheduleAsync(due, Now - Duration.FromMinutes(1), None);
        for (var i = 0; i < 8; i++)
        {
            await Index.ScheduleAsync(StoreTestKit.NewId(), Now + Duration.FromDays(i + 1), None);
        }
        var table = await _kit.TableAsync(StoreTables.DueIndex);
        var shardRows = await CountAsync(table, "PartitionKey ge 'due-' and RowKey lt '~'");

        var entries = await Index.ReadDueAsync(Now, 100, None);

        // The run's queries are range queries below now in each shard: they match one of nine entries.
        Assert.Equal(9, shardRows);
        Assert.Equal([due], entries.Select(e => e.EnrollmentId));
        Assert.Equal(1, await CountAsync(table, TableClient.CreateQueryFilter($"PartitionKey ge {"due-"} and RowKey lt {TicksKey(Now) + "~"}")));
    }

    [Fact]
    public async Task ReadDueAsync_EntryThePointerDoesNotName_ReturnsItSoTheRunReplacesIt()
    {
        var (table, leftover) = await ScheduleWithLeftoverAsync(Now);
        var id = leftover.GetString("EnrollmentId");

        var read = Assert.Single(await Index.ReadDueAsync(Now, 10, None));
        await Index.ReplaceAsync(read, Now + Duration.FromDays(1), None);

        Assert.Equal(new DueEntry(id, Now - Duration.FromDays(1)), read);
        Assert.Null(await table.FindAsync(leftover.PartitionKey, leftover.RowKey, None));
        Assert.Equal([id], (await Index.ReadDueAsync(Now + Duration.FromDays(2), 10, None)).Select(e => e.EnrollmentId));
    }

    [Fact]
    public async Task ReplaceAsync_EntryTheRunRead_MovesItWithOneRequest()
    {
        var id = StoreTestKit.NewId();
        await Index.ScheduleAsync(id, Now - Duration.FromMinutes(5), None);
        var read = Assert.Single(await Index.ReadDueAsync(Now, 10, None));
        _kit.Counter.Reset();

        await Index.ReplaceAsync(read, Now + Duration.FromDays(2), None);

        Assert.Equal(1, _kit.Counter.Requests);
        Assert.Empty(await Index.ReadDueAsync(Now, 10, None));
        Assert.Equal(new DueEntry(id, Now + Duration.FromDays(2)), Assert.Single(await Index.ReadDueAsync(Now + Duration.FromDays(3), 10, None)));
        await Index.CancelAsync(id, None);
        Assert.Empty(await Index.ReadDueAsync(Now + Duration.FromDays(3), 10, None));
    }

    [Fact]
    public async Task RemoveAsync_EntryTheRunRead_RemovesEntryAndPointerWithOneRequest()
    {
        var id = StoreTestKit.NewId();
        await Index.ScheduleAsync(id, Now - Duration.FromMinutes(5), None);
        var read = Assert.Single(await Index.ReadDueAsync(Now, 10, None));
        _kit.Counter.Reset();

        await Index.RemoveAsync(read, None);

        Assert.Equal(1, _kit.Counter.Requests);
        Assert.Equal(0, await CountAsync(await _kit.TableAsync(StoreTables.DueIndex), null));
    }

    /// <summary>An entry due a day after <paramref name="now"/>, and a due leftover in its shard that its pointer does not name.</summary>
    private async Task<(TableClient Table, TableEntity Leftover)> ScheduleWithLeftoverAsync(Instant now)
    {
        var id = StoreTestKit.NewId();
        await Index.ScheduleAsync(id, now + Duration.FromDays(1), None);
        var table = await _kit.TableAsync(StoreTables.DueIndex);
        var current = (await ListAsync(table, "PartitionKey ge 'due-' and RowKey lt '~'")).Single();
        var leftoverDue = now - Duration.FromDays(1);
        var leftover = new TableEntity(current.PartitionKey, TicksKey(leftoverDue) + "-" + id)
        {
            ["EnrollmentId"] = id,
            ["DueTicks"] = leftoverDue.ToDateTimeUtc().Ticks,
        };
        await table.AddEntityAsync(leftover);
        return (table, leftover);
    }

    private static string TicksKey(Instant at) => at.ToDateTimeUtc().Ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<TableEntity>> ListAsync(TableClient table, string? filter)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }
        return rows;
    }

    private static async Task<int> CountAsync(TableClient table, string? filter) => (await ListAsync(table, filter)).Count;
}
