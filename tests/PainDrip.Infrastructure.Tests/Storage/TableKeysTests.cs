using Azure.Data.Tables;
using PainDrip.Infrastructure.Storage;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableKeysTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TableServiceClient _service = new(azurite.ConnectionString);

    private async Task<TableClient> NewTableAsync()
    {
        var table = _service.GetTableClient(azurite.NewTableName("keys"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u009Fb")]
    public async Task InsertAsync_ForbiddenCharacterInRowKey_ThrowsNamingTheKeyBeforeAnyRequest(string rowKey)
    {
        // The table was never created: a request would fail with TableNotFound, not ArgumentException.
        var table = _service.GetTableClient(azurite.NewTableName("none"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.InsertAsync(new TableEntity("p", rowKey), None));

        Assert.Equal("RowKey", error.ParamName);
        Assert.Contains("RowKey contains", error.Message);
        Assert.Contains("position 1", error.Message);
    }

    [Fact]
    public async Task FindAsync_PartitionKeyOver512Characters_ThrowsNamingTheKeyBeforeAnyRequest()
    {
        var table = _service.GetTableClient(azurite.NewTableName("none"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.FindAsync(new string('k', 513), "r", None));

        Assert.Equal("PartitionKey", error.ParamName);
        Assert.Contains("513", error.Message);
    }

    [Fact]
    public async Task RemoveAsync_ForbiddenPartitionKey_ThrowsBeforeAnyRequest()
    {
        var table = _service.GetTableClient(azurite.NewTableName("none"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.RemoveAsync("a#b", "r", default, None));

        Assert.Equal("PartitionKey", error.ParamName);
    }

    [Fact]
    public async Task InsertAsync_KeysOf512Characters_AreStored()
    {
        var table = await NewTableAsync();
        var key = new string('k', 512);

        await table.InsertAsync(new TableEntity(key, key), None);

        Assert.NotNull(await table.FindAsync(key, key, None));
    }

    [Fact]
    public async Task PutAsync_ExistingRow_ReplacesItWhole()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 1 }, None);

        await table.PutAsync(new TableEntity("p", "r") { ["B"] = 2 }, None);

        var stored = await table.FindAsync("p", "r", None);
        Assert.Equal(((int?)null, (int?)2), (stored?.GetInt32("A"), stored?.GetInt32("B")));
    }
}
