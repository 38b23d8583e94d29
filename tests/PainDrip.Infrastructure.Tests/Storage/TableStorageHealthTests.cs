using Azure.Data.Tables;
using PainDrip.Infrastructure.Storage;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableStorageHealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IsReachableAsync_AzuriteRunning_ReturnsTrue()
    {
        var health = new TableStorageHealth(new TableServiceClient(azurite.ConnectionString));

        Assert.True(await health.IsReachableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IsReachableAsync_NothingListening_ReturnsFalse()
    {
        var nowhere = $"AccountName=devstoreaccount1;AccountKey={AzuriteFixture.AccountKey};TableEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1";
        var health = new TableStorageHealth(new TableServiceClient(nowhere), TimeSpan.FromSeconds(2));

        Assert.False(await health.IsReachableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IsReachableAsync_WrongKey_ReturnsFalse()
    {
        var health = new TableStorageHealth(new TableServiceClient(azurite.ConnectionStringWithKey(Convert.ToBase64String(new byte[64]))));

        Assert.False(await health.IsReachableAsync(CancellationToken.None));
    }
}
