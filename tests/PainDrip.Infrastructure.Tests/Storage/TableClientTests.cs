using Azure;
using PainDrip.Infrastructure.Storage;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed partial class TableClientTests(AzuriteFixture azurite)
{
    private readonly TableServiceClient _service = new(azurite.ConnectionString);

    private async Task<TableClient> NewTableAsync()
    {
        var table = _service.GetTableClient(azurite.NewTableName());
        Assert.True(await table.CreateIfNotExistsAsync());
        return table;
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_TableExists_ReturnsFalse()
    {
        var table = await NewTableAsync();

        Assert.False(await table.CreateIfNotExistsAsync());
    }

    [Fact]
    public async Task AddEntityAsync_NewKeys_StoresEntityWithETagAndTimestamp()
    {
        var table = await NewTableAsync();

        var response = await table.AddEntityAsync(new TableEntity("p1", "r1") { ["Name"] = "calm" });

        Assert.Equal(204, response.Status);
        var stored = (await table.GetEntityAsync("p1", "r1")).Value;
        Assert.Equal(("p1", "r1", "calm"), (stored.PartitionKey, stored.RowKey, stored.GetString("Name")));
        Assert.Equal(response.Headers.ETag, stored.ETag);
        Assert.NotNull(stored.Timestamp);
    }

    [Fact]
    public async Task AddEntityAsync_KeysTaken_Throws409EntityAlreadyExists()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, error.Status);
        Assert.Equal(TableErrorCode.EntityAlreadyExists, error.ErrorCode);
    }

    [Fact]
    public async Task UpsertEntityAsync_Replace_DropsMissingProperties()
    {
        var table = await NewTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 }, TableUpdateMode.Replace);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = 3 }, TableUpdateMode.Replace);

        var stored = (await table.GetEntityAsync("p", "r")).Value;
        Assert.Null(stored.GetInt32("A"));
        Assert.Equal(3, stored.GetInt32("B"));
    }

    [Fact]
    public async Task UpsertEntityAsync_Merge_KeepsMissingProperties()
    {
        var table = await NewTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 }, TableUpdateMode.Merge);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = 3 }, TableUpdateMode.Merge);

        var stored = (await table.GetEntityAsync("p", "r")).Value;
        Assert.Equal(1, stored.GetInt32("A"));
        Assert.Equal(3, stored.GetInt32("B"));
    }

    [Fact]
    public async Task GetEntityAsync_Missing_Throws404ResourceNotFound()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.GetEntityAsync("p", "nobody"));

        Assert.Equal(404, error.Status);
        Assert.Equal(TableErrorCode.ResourceNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task TryGetEntityAsync_Missing_ReturnsNull()
    {
        var table = await NewTableAsync();

        Assert.Null(await table.TryGetEntityAsync("p", "nobody"));
        Assert.False((await table.GetEntityIfExistsAsync("p", "nobody")).HasValue);
    }

    [Fact]
    public async Task GetEntityAsync_WithSelect_ReturnsOnlySelectedProperties()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var stored = (await table.GetEntityAsync("p", "r", ["A"])).Value;

        Assert.Equal("a", stored.GetString("A"));
        Assert.False(stored.ContainsKey("B"));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task UpdateEntityAsync_CurrentETag_UpdatesAndReturnsNewETag(TableUpdateMode mode)
    {
        var table = await NewTableAsync();
        var added = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 1 });

        var updated = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["B"] = 2 }, added.Headers.ETag!.Value, mode);

        var stored = (await table.GetEntityAsync("p", "r")).Value;
        Assert.NotEqual(added.Headers.ETag, updated.Headers.ETag);
        Assert.Equal(updated.Headers.ETag, stored.ETag);
        Assert.Equal(2, stored.GetInt32("B"));
        Assert.Equal(mode == TableUpdateMode.Merge ? 1 : null, stored.GetInt32("A"));
    }

    [Fact]
    public async Task UpdateEntityAsync_StaleETag_Throws412UpdateConditionNotSatisfied()
    {
        var table = await NewTableAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["Phase"] = "calm" });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["Phase"] = "mobility" }, first.Headers.ETag!.Value);

        var error = await Assert.ThrowsAsync<TableRequestException>(() =>
            table.UpdateEntityAsync(new TableEntity("p", "r") { ["Phase"] = "strength" }, first.Headers.ETag!.Value));

        Assert.Equal(412, error.Status);
        Assert.Equal(TableErrorCode.UpdateConditionNotSatisfied, error.ErrorCode);
        Assert.Equal("mobility", (await table.GetEntityAsync("p", "r")).Value.GetString("Phase"));
    }

    [Fact]
    public async Task UpdateEntityAsync_Missing_Throws404()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<TableRequestException>(() =>
            table.UpdateEntityAsync(new TableEntity("p", "gone"), ETag.All, TableUpdateMode.Replace));

        Assert.Equal(404, error.Status);
        Assert.Equal(TableErrorCode.ResourceNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task DeleteEntityAsync_Existing_RemovesIt()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var response = await table.DeleteEntityAsync("p", "r");

        Assert.Equal(204, response.Status);
        Assert.Null(await table.TryGetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task DeleteEntityAsync_StaleETag_Throws412()
    {
        var table = await NewTableAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 2 });

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.DeleteEntityAsync("p", "r", first.Headers.ETag!.Value));

        Assert.Equal(412, error.Status);
    }

    [Fact]
    public async Task DeleteEntityAsync_Missing_AnswersWithoutThrowing()
    {
        var table = await NewTableAsync();

        var response = await table.DeleteEntityAsync("p", "never-there");

        Assert.Equal(404, response.Status);
    }
}
