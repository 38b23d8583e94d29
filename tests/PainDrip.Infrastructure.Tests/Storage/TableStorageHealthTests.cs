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
    public async Task IsReachableAsync_ConnectionRefused_ReturnsFalse()
    {
        // A port this test holds without listening refuses at once; with no retries the answer never waits on a clock.
        using var held = new HeldPort();
        var nowhere = $"AccountName=devstoreaccount1;AccountKey={AzuriteFixture.AccountKey};TableEndpoint=http://127.0.0.1:{held.Port}/devstoreaccount1";
        var options = new TableClientOptions { Retry = { MaxRetries = 0 } };
        var health = new TableStorageHealth(new TableServiceClient(nowhere, options), TimeSpan.FromMinutes(5));

        Assert.False(await health.IsReachableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IsReachableAsync_WrongKey_ReturnsFalse()
    {
        var health = new TableStorageHealth(new TableServiceClient(azurite.ConnectionStringWithKey(Convert.ToBase64String(new byte[64]))));

        Assert.False(await health.IsReachableAsync(CancellationToken.None));
    }
}
