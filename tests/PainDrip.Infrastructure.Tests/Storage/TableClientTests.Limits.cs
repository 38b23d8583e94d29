using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed partial class TableClientTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u009Fb")]
    public async Task AddEntityAsync_ForbiddenCharacterInRowKey_ThrowsNamingTheKeyBeforeAnyRequest(string rowKey)
    {
        // The table was never created: a request would fail with TableNotFound, not ArgumentException.
        var table = _service.GetTableClient(azurite.NewTableName());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", rowKey)));

        Assert.Contains("RowKey", error.Message);
        Assert.Equal("RowKey", error.ParamName);
    }

    [Fact]
    public async Task GetEntityAsync_PartitionKeyOver512Characters_ThrowsNamingTheKeyBeforeAnyRequest()
    {
        var table = _service.GetTableClient(azurite.NewTableName());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityAsync(new string('k', 513), "r"));

        Assert.Contains("PartitionKey", error.Message);
        Assert.Contains("513", error.Message);
    }

    [Fact]
    public async Task AddEntityAsync_KeysOf512Characters_AreAccepted()
    {
        var table = await NewTableAsync();
        var key = new string('k', 512);

        await table.AddEntityAsync(new TableEntity(key, key));

        Assert.NotNull(await table.TryGetEntityAsync(key, key));
    }

    [Fact]
    public async Task AddEntityAsync_EntityOver1MiB_ThrowsEntityTooLargeAndStoresNothing()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 20; i++)
        {
            entity[$"Chunk{i}"] = new string('x', 30_000);
        }

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(entity));

        Assert.Equal(413, error.Status);
        Assert.Equal(TableErrorCode.EntityTooLarge, error.ErrorCode);
        Assert.Contains("1,048,576", error.Message);
        Assert.Null(await table.TryGetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task AddEntityAsync_EntityJustUnder1MiB_IsStored()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 16; i++)
        {
            entity[$"Chunk{i}"] = new string('x', 30_000);
        }

        await table.AddEntityAsync(entity);

        Assert.Equal(30_000, (await table.GetEntityAsync("p", "r")).Value.GetString("Chunk15")!.Length);
    }
}
