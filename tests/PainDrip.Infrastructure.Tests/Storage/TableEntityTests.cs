using System.Text;
using System.Text.Json;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed class TableEntityTests
{
    [Fact]
    public void Serialize_TypesPlainJsonCannotCarry_AreAnnotated()
    {
        var entity = new TableEntity("p", "r")
        {
            ["Big"] = 9_000_000_000L,
            ["Whole"] = 2.0,
            ["When"] = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)),
            ["Id"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["Bytes"] = new byte[] { 1, 2 },
            ["Text"] = "t",
            ["Small"] = 1,
            ["Flag"] = true,
        };

        var json = JsonDocument.Parse(TableEntityJson.Serialize(entity)).RootElement;

        Assert.Equal("Edm.Int64", json.GetProperty("Big@odata.type").GetString());
        Assert.Equal("9000000000", json.GetProperty("Big").GetString());
        Assert.Equal("Edm.Double", json.GetProperty("Whole@odata.type").GetString());
        Assert.Equal("Edm.DateTime", json.GetProperty("When@odata.type").GetString());
        Assert.Equal("2026-01-02T02:04:05.0000000Z", json.GetProperty("When").GetString());
        Assert.Equal("Edm.Guid", json.GetProperty("Id@odata.type").GetString());
        Assert.Equal("Edm.Binary", json.GetProperty("Bytes@odata.type").GetString());
        Assert.Equal("AQI=", json.GetProperty("Bytes").GetString());
        Assert.False(json.TryGetProperty("Text@odata.type", out _));
        Assert.False(json.TryGetProperty("Small@odata.type", out _));
        Assert.False(json.TryGetProperty("Flag@odata.type", out _));
        Assert.Equal(("p", "r"), (json.GetProperty("PartitionKey").GetString(), json.GetProperty("RowKey").GetString()));
    }

    [Fact]
    public void Deserialize_AnnotatedAndPlainValues_ReadBackTyped()
    {
        const string text = """
            {"odata.etag":"W/\"datetime'2026-01-01T00%3A00%3A00Z'\"","PartitionKey":"p","RowKey":"r",
             "Timestamp":"2026-01-01T00:00:00.1234567Z","Big@odata.type":"Edm.Int64","Big":"12",
             "Nan@odata.type":"Edm.Double","Nan":"NaN","Whole":3.0,"Small":3,"Flag":false,"Text":"x"}
            """;

        var entity = TableEntityJson.Deserialize(JsonDocument.Parse(Encoding.UTF8.GetBytes(text)).RootElement);

        Assert.Equal("W/\"datetime'2026-01-01T00%3A00%3A00Z'\"", entity.ETag.ToString());
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567), entity.Timestamp);
        Assert.Equal(12L, entity["Big"]);
        Assert.True(double.IsNaN(entity.GetDouble("Nan")!.Value));
        Assert.Equal(3.0, entity["Whole"]);
        Assert.Equal(3, entity["Small"]);
        Assert.Equal(false, entity.GetBoolean("Flag"));
        Assert.Equal(["Big", "Nan", "Whole", "Small", "Flag", "Text"], entity.Keys);
    }

    [Fact]
    public void Getters_Absent_ReturnNull()
    {
        var entity = new TableEntity("p", "r");

        Assert.Null(entity.GetString("x"));
        Assert.Null(entity.GetInt32("x"));
        Assert.Null(entity.GetInt64("x"));
        Assert.Null(entity.GetBoolean("x"));
        Assert.Null(entity.GetDouble("x"));
        Assert.Null(entity.GetDateTimeOffset("x"));
        Assert.Null(entity.GetGuid("x"));
        Assert.Null(entity.GetBinary("x"));
    }

    [Fact]
    public void Getters_WrongType_ThrowNamingTheProperty()
    {
        var entity = new TableEntity("p", "r") { ["Pain"] = "seven" };

        var error = Assert.Throws<InvalidOperationException>(() => entity.GetInt32("Pain"));

        Assert.Contains("Pain", error.Message);
    }

    [Fact]
    public void Getters_WiderNumbers_AcceptNarrowerValues()
    {
        var entity = new TableEntity("p", "r") { ["Small"] = 4, ["Big"] = 5L };

        Assert.Equal(4L, entity.GetInt64("Small"));
        Assert.Equal(4.0, entity.GetDouble("Small"));
        Assert.Equal(5.0, entity.GetDouble("Big"));
    }

    [Fact]
    public void Indexer_NullRemovesAndUnsupportedTypeThrows()
    {
        var entity = new TableEntity("p", "r") { ["A"] = 1 };

        entity["A"] = null;

        Assert.False(entity.ContainsKey("A"));
        Assert.Throws<ArgumentException>(() => entity["B"] = new Uri("http://x"));
        Assert.Throws<ArgumentException>(() => entity["RowKey"] = "r2");
    }

    [Fact]
    public void Indexer_DateTime_IsStoredAsDateTimeOffset()
    {
        var entity = new TableEntity("p", "r") { ["At"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), entity.GetDateTimeOffset("At"));
    }
}
