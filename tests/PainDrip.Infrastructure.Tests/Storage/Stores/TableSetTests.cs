using Azure;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableSetTests(AzuriteFixture azurite)
{
    private readonly string _prefix = "p" + Guid.NewGuid().ToString("N")[..10];

    internal static TableServiceClient FlakyService(AzuriteFixture azurite, FlakyHandler handler)
    {
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        options.Retry.MaxRetries = 0;
        return new TableServiceClient(azurite.ConnectionString, options);
    }

    [Fact]
    public async Task GetAsync_FirstUse_CreatesThePrefixedTableOnce()
    {
        var handler = new FlakyHandler(failures: 0);
        var tables = new TableSet(FlakyService(azurite, handler), new TableStoreOptions { TablePrefix = _prefix });

        var first = await tables.GetAsync(StoreTables.Inbox, CancellationToken.None);
        var again = await tables.GetAsync(StoreTables.Inbox, CancellationToken.None);

        Assert.Equal(_prefix + "Inbox", first.Name);
        Assert.Same(first, again);
        Assert.Equal(1, handler.Requests);
        Assert.Null(tables.Problem);
    }

    [Fact]
    public async Task GetAsync_StorageUnreachableOnce_FailsThenCreatesTheTableOnTheNextUse()
    {
        var tables = new TableSet(FlakyService(azurite, new FlakyHandler(failures: 1)), new TableStoreOptions { TablePrefix = _prefix });

        await Assert.ThrowsAsync<RequestFailedException>(() => tables.GetAsync(StoreTables.Progress, CancellationToken.None));
        Assert.Contains(_prefix + "Progress", tables.Problem);

        var table = await tables.GetAsync(StoreTables.Progress, CancellationToken.None);

        await table.AddEntityAsync(new TableEntity("p", "r"));
        Assert.Null(tables.Problem);
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("with-dash")]
    [InlineData("averyveryveryveryveryveryveryveryveryveryverylongprefix")]
    public void Constructor_BadPrefix_Throws(string prefix)
    {
        Assert.Throws<ArgumentException>(() => new TableSet(new TableServiceClient(azurite.ConnectionString), new TableStoreOptions { TablePrefix = prefix }));
    }
}
