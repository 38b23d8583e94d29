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
    public async Task ReadDueAsync_MoreDueThanMax_ReturnsTheEarliestMax()
    {
        var ids = Enumerable.Range(0, 10).Select(_ => StoreTestKit.NewId()).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            await Index.ScheduleAsync(ids[i], Now - Duration.FromMinutes(100 - i), None);
        }

        var entries = await Index.ReadDueAsync(Now, 3, None);

        Assert.Equal(ids.Take(3), entries.Select(e => e.EnrollmentId));
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
        var shardRows = await CountAsync(table, "PartitionKey ge 'due-'");

        var entries = await Index.ReadDueAsync(Now, 100, None);

        // The run's queries are range queries below now in each shard: they match one of nine entries.
        Assert.Equal(9, shardRows);
        Assert.Equal([due], entries.Select(e => e.EnrollmentId));
        Assert.Equal(1, await CountAsync(table, TableClient.CreateQueryFilter($"PartitionKey ge {"due-"} and RowKey lt {TicksKey(Now) + "~"}")));
    }

    [Fact]
    public async Task ReadDueAsync_OldEntryThePointerDoesNotName_SkipsAndDeletesIt()
    {
        // Azurite stamps rows with the real time, long before the test's 2030 clock: the leftover counts as old.
        var (table, leftover) = await ScheduleWithLeftoverAsync(Now);

        Assert.Empty(await Index.ReadDueAsync(Now, 10, None));

        Assert.Null(await table.FindAsync(leftover.PartitionKey, leftover.RowKey, None));
    }

    [Fact]
    public async Task ReadDueAsync_YoungEntryThePointerDoesNotName_SkipsButKeepsIt()
    {
        var realNow = SystemClock.Instance.GetCurrentInstant();
        var (table, leftover) = await ScheduleWithLeftoverAsync(realNow);

        Assert.Empty(await Index.ReadDueAsync(realNow, 10, None));

        Assert.NotNull(await table.FindAsync(leftover.PartitionKey, leftover.RowKey, None));
    }

    /// <summary>An entry due a day after <paramref name="now"/>, and a due leftover in its shard that its pointer does not name.</summary>
    private async Task<(TableClient Table, TableEntity Leftover)> ScheduleWithLeftoverAsync(Instant now)
    {
        var id = StoreTestKit.NewId();
        await Index.ScheduleAsync(id, now + Duration.FromDays(1), None);
        var table = await _kit.TableAsync(StoreTables.DueIndex);
        var current = (await ListAsync(table, "PartitionKey ge 'due-'")).Single();
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
