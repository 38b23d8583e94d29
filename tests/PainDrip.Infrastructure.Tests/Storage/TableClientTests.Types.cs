using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed partial class TableClientTests
{
    [Fact]
    public async Task GetEntityAsync_EveryPropertyType_RoundTripsTyped()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2026, 5, 17, 6, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567);
        var id = Guid.NewGuid();
        byte[] bytes = [0, 1, 2, 254, 255];
        await table.AddEntityAsync(new TableEntity("p", "r")
        {
            ["Text"] = "between the shoulder blades",
            ["Small"] = -42,
            ["Big"] = long.MaxValue,
            ["Flag"] = true,
            ["Whole"] = 3.0,
            ["Fraction"] = 0.1,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = bytes,
        });

        var stored = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal("between the shoulder blades", stored.GetString("Text"));
        Assert.Equal(-42, stored.GetInt32("Small"));
        Assert.Equal(long.MaxValue, stored.GetInt64("Big"));
        Assert.True(stored.GetBoolean("Flag"));
        Assert.Equal(3.0, stored.GetDouble("Whole"));
        Assert.IsType<double>(stored["Whole"]);
        Assert.Equal(0.1, stored.GetDouble("Fraction"));
        Assert.Equal(when, stored.GetDateTimeOffset("When"));
        Assert.Equal(TimeSpan.Zero, stored.GetDateTimeOffset("When")!.Value.Offset);
        Assert.Equal(id, stored.GetGuid("Id"));
        Assert.Equal(bytes, stored.GetBinary("Bytes"));
        Assert.Null(stored.GetString("Absent"));
    }

    [Fact]
    public async Task QueryAsync_EveryPropertyType_RoundTripsTyped()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Big"] = 7L, ["Whole"] = 4.0, ["Id"] = Guid.Empty, ["Bytes"] = new byte[] { 9 } });

        TableEntity? stored = null;
        await foreach (var row in table.QueryAsync())
        {
            stored = row;
        }

        Assert.NotNull(stored);
        Assert.IsType<long>(stored["Big"]);
        Assert.IsType<double>(stored["Whole"]);
        Assert.Equal(Guid.Empty, stored.GetGuid("Id"));
        Assert.Equal([9], stored.GetBinary("Bytes"));
        Assert.NotEqual(default, stored.ETag);
    }

    [Fact]
    public async Task AddEntityAsync_UnicodeKeysAndValues_RoundTrip()
    {
        var table = await NewTableAsync();
        const string partition = "Zoë's rücken 背中";
        const string row = "épaule 🙂 'quoted' %20 & = +";
        await table.AddEntityAsync(new TableEntity(partition, row) { ["Note"] = "Schmerz zwischen den Schulterblättern 🙂 — ça va" });

        var stored = (await table.GetEntityAsync(partition, row)).Value;
        var queried = new List<TableEntity>();
        await foreach (var found in table.QueryAsync(TableFilter.And(TableFilter.PartitionKeyEquals(partition), TableFilter.Equal("RowKey", row))))
        {
            queried.Add(found);
        }

        Assert.Equal((partition, row), (stored.PartitionKey, stored.RowKey));
        Assert.Equal("Schmerz zwischen den Schulterblättern 🙂 — ça va", stored.GetString("Note"));
        Assert.Equal(row, Assert.Single(queried).RowKey);
        Assert.Equal(204, (await table.DeleteEntityAsync(partition, row)).Status);
    }
}
