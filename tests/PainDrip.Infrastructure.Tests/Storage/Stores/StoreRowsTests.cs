using Azure.Data.Tables;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class StoreRowsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly StoreTestKit _kit = new(azurite);

    private static IEnumerable<TableEntity> Rows(string partition, int count) =>
        Enumerable.Range(0, count).Select(i => new TableEntity(partition, $"row{i:D4}") { ["N"] = i });

    [Fact]
    public async Task DeleteAsync_MoreRowsThanOneTransactionInTwoPartitions_DeletesAndCountsThemAll()
    {
        await _kit.SeedAsync(StoreTables.Progress, Rows("a", 250));
        await _kit.SeedAsync(StoreTables.Progress, Rows("b", 3));
        var table = await _kit.TableAsync(StoreTables.Progress);
        var rows = await _kit.RowsAsync(StoreTables.Progress);

        var deleted = await StoreRows.DeleteAsync(table, rows, None);

        Assert.Equal((253, 253), (rows.Count, deleted));
        Assert.Empty(await _kit.RowsAsync(StoreTables.Progress));
    }

    [Fact]
    public async Task DeleteAsync_OneRowAlreadyGone_DeletesTheOthersAndCountsOnlyThem()
    {
        await _kit.SeedAsync(StoreTables.Progress, Rows("a", 3));
        var table = await _kit.TableAsync(StoreTables.Progress);
        var rows = await _kit.RowsAsync(StoreTables.Progress);
        await table.DeleteEntityAsync("a", "row0001");

        var deleted = await StoreRows.DeleteAsync(table, rows, None);

        Assert.Equal((3, 2), (rows.Count, deleted));
        Assert.Empty(await _kit.RowsAsync(StoreTables.Progress));
    }

    [Fact]
    public async Task PartitionAsync_MoreThanOnePage_ReadsEveryRowInKeyOrder()
    {
        await _kit.SeedAsync(StoreTables.Progress, Rows("a", 1_234));
        await _kit.SeedAsync(StoreTables.Progress, Rows("b", 5));

        var rows = await StoreRows.PartitionAsync(await _kit.TableAsync(StoreTables.Progress), "a", None);

        Assert.Equal(Enumerable.Range(0, 1_234), rows.Select(row => row.GetInt32("N")!.Value));
    }

    [Fact]
    public async Task QueryAsync_MaxBelowTheMatches_StopsAtMax()
    {
        await _kit.SeedAsync(StoreTables.Progress, Rows("a", 20));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"a"} and N ge {5}");

        var rows = await StoreRows.QueryAsync(await _kit.TableAsync(StoreTables.Progress), filter, 4, None);

        Assert.Equal([5, 6, 7, 8], rows.Select(row => row.GetInt32("N")!.Value));
    }

    [Fact]
    public async Task ToExport_StoredRow_LeavesOutKeysETagAndTimestamp()
    {
        await _kit.SeedAsync(StoreTables.Progress, [new TableEntity("a", "r") { ["Kind"] = "Confirmed", ["PainScore"] = 3 }]);

        var export = StoreRows.ToExport(Assert.Single(await _kit.RowsAsync(StoreTables.Progress)));

        Assert.Equal(["Kind", "PainScore"], export.Keys);
        Assert.Equal(("Confirmed", 3), (export["Kind"], export["PainScore"]));
    }
}
