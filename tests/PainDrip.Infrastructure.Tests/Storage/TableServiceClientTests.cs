using PainDrip.Infrastructure.Storage;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableServiceClientTests(AzuriteFixture azurite)
{
    private readonly TableServiceClient _service = new(azurite.ConnectionString);

    [Fact]
    public async Task CreateTableIfNotExistsAsync_NewName_CreatesOnceAndListsIt()
    {
        var name = azurite.NewTableName("svc");

        Assert.True(await _service.CreateTableIfNotExistsAsync(name));
        Assert.False(await _service.CreateTableIfNotExistsAsync(name));

        Assert.Contains(name, await NamesAsync(TableFilter.Equal("TableName", name)));
    }

    [Fact]
    public async Task QueryTablesAsync_OnePerPage_FollowsContinuation()
    {
        var names = new[] { azurite.NewTableName("page"), azurite.NewTableName("page") };
        foreach (var name in names)
        {
            await _service.CreateTableIfNotExistsAsync(name);
        }

        var listed = await NamesAsync(maxPerPage: 1);

        Assert.Superset(names.ToHashSet(), listed.ToHashSet());
    }

    [Fact]
    public async Task DeleteTableAsync_Existing_RemovesItAndMissingIsFine()
    {
        var name = azurite.NewTableName("gone");
        await _service.CreateTableIfNotExistsAsync(name);

        await _service.DeleteTableAsync(name);
        await _service.DeleteTableAsync(name);

        Assert.DoesNotContain(name, await NamesAsync());
    }

    [Fact]
    public async Task AddEntityAsync_TableMissing_Throws404TableNotFound()
    {
        var table = _service.GetTableClient(azurite.NewTableName("none"));

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(404, error.Status);
        Assert.Equal(TableErrorCode.TableNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task AnyRequest_WrongAccountKey_Throws403AndTheRightKeySucceeds()
    {
        var name = azurite.NewTableName();
        var impostor = new TableServiceClient(azurite.ConnectionStringWithKey(Convert.ToBase64String(new byte[64])));

        var error = await Assert.ThrowsAsync<TableRequestException>(() => impostor.CreateTableIfNotExistsAsync(name));

        Assert.Equal(403, error.Status);
        // Azure says AuthenticationFailed; Azurite says AuthorizationFailure.
        Assert.Contains(error.ErrorCode, new[] { TableErrorCode.AuthenticationFailed, TableErrorCode.AuthorizationFailure });
        Assert.True(await _service.CreateTableIfNotExistsAsync(name));
    }

    [Fact]
    public async Task AddEntityAsync_StringPropertyOver32KCharacters_ThrowsPropertyValueTooLarge()
    {
        var table = _service.GetTableClient(azurite.NewTableName());
        await table.CreateIfNotExistsAsync();

        var error = await Assert.ThrowsAsync<TableRequestException>(() =>
            table.AddEntityAsync(new TableEntity("p", "r") { ["Essay"] = new string('x', 40_000) }));

        Assert.Equal(TableErrorCode.PropertyValueTooLarge, error.ErrorCode);
    }

    [Fact]
    public void GetTableClient_InvalidName_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => _service.GetTableClient("1-bad"));

        Assert.Contains("1-bad", error.Message);
    }

    private async Task<List<string>> NamesAsync(string? filter = null, int? maxPerPage = null)
    {
        var names = new List<string>();
        await foreach (var name in _service.QueryTablesAsync(filter, maxPerPage))
        {
            names.Add(name);
        }
        return names;
    }
}
