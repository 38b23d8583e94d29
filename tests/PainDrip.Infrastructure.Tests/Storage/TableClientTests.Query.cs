using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed partial class TableClientTests
{
    [Fact]
    public async Task QueryAsync_FilterSelectTop_ReturnsMatchingRowsInPagesWithSelectedProperties()
    {
        var table = await NewTableAsync();
        for (var day = 1; day <= 7; day++)
        {
            await table.AddEntityAsync(new TableEntity("anna", $"day{day:D2}") { ["Pain"] = 8 - day, ["Note"] = "n" });
        }
        await table.AddEntityAsync(new TableEntity("ben", "day01") { ["Pain"] = 1, ["Note"] = "n" });

        var filter = TableFilter.And(TableFilter.PartitionKeyEquals("anna"), TableFilter.LessThanOrEqual("Pain", 4));
        var pages = new List<int>();
        var rows = new List<TableEntity>();
        await foreach (var page in table.QueryAsync(filter, maxPerPage: 2, select: ["Pain"]).AsPages())
        {
            pages.Add(page.Values.Count);
            rows.AddRange(page.Values);
        }

        Assert.Equal([2, 2], pages.Take(2));
        Assert.Equal(4, rows.Count);
        Assert.All(rows, row => Assert.False(row.ContainsKey("Note")));
        Assert.Equal([4, 3, 2, 1], rows.Select(row => row.GetInt32("Pain")!.Value));
    }

    [Fact]
    public async Task QueryAsync_MoreThanOnePageOfRows_FollowsContinuationToTheEnd()
    {
        var table = await NewTableAsync();
        const int count = 1_234;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => await table.AddEntityAsync(new TableEntity($"shard{i % 3}", $"row{i:D5}") { ["N"] = i }, ct));

        var pageCount = 0;
        var numbers = new List<int>();
        await foreach (var page in table.QueryAsync().AsPages())
        {
            pageCount++;
            numbers.AddRange(page.Values.Select(row => row.GetInt32("N")!.Value));
        }

        Assert.True(pageCount >= 2, $"expected several pages, got {pageCount}");
        Assert.Equal(Enumerable.Range(0, count), numbers.Order());
    }

    [Fact]
    public async Task QueryAsync_ValuesWithQuotesAndTypes_MatchExactly()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        await table.AddEntityAsync(new TableEntity("p", "a") { ["Name"] = "O'Brien", ["Big"] = 5_000_000_000L, ["At"] = when, ["Id"] = id, ["On"] = true, ["Score"] = 2.0 });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["Name"] = "OBrien", ["Big"] = 5L, ["At"] = when.AddDays(1), ["Id"] = Guid.NewGuid(), ["On"] = false, ["Score"] = 2.5 });

        async Task<string> OnlyRow(string filter)
        {
            var rows = new List<TableEntity>();
            await foreach (var row in table.QueryAsync(filter))
            {
                rows.Add(row);
            }
            return Assert.Single(rows).RowKey;
        }

        Assert.Equal("a", await OnlyRow(TableFilter.Equal("Name", "O'Brien")));
        Assert.Equal("a", await OnlyRow(TableFilter.GreaterThan("Big", 4_000_000_000L)));
        Assert.Equal("a", await OnlyRow(TableFilter.Equal("At", when)));
        Assert.Equal("a", await OnlyRow(TableFilter.Equal("Id", id)));
        Assert.Equal("a", await OnlyRow(TableFilter.Equal("On", true)));
        Assert.Equal("a", await OnlyRow(TableFilter.Equal("Score", 2.0)));
        Assert.Equal("b", await OnlyRow(TableFilter.Not(TableFilter.Equal("Name", "O'Brien"))));
        Assert.Equal("b", await OnlyRow(TableFilter.Create($"PartitionKey eq {"p"} and Name ne {"O'Brien"}")));
    }

    [Fact]
    public async Task QueryAsync_NoMatches_YieldsNothing()
    {
        var table = await NewTableAsync();

        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync(TableFilter.PartitionKeyEquals("nobody")))
        {
            rows.Add(row);
        }

        Assert.Empty(rows);
    }
}
