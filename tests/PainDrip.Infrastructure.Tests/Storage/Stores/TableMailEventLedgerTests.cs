using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableMailEventLedgerTests(AzuriteFixture azurite)
{
    private readonly StoreTestKit _kit = new(azurite);
    private TableMailEventLedger Ledger => new(_kit.Tables, TimeProvider.System);

    [Fact]
    public async Task TryRecordAsync_SameIdTwice_SecondReturnsFalse()
    {
        Assert.True(await Ledger.TryRecordAsync("sg_event/1#?"));
        Assert.False(await Ledger.TryRecordAsync("sg_event/1#?"));
        Assert.True(await Ledger.TryRecordAsync("sg_event/2"));
    }

    [Fact]
    public async Task TryRecordAsync_ConcurrentCalls_ExactlyOneReturnsTrue()
    {
        await _kit.TableAsync(StoreTables.MailEvents);
        var ledgers = Enumerable.Range(0, 8).Select(_ => Ledger).ToList();

        var results = await Task.WhenAll(ledgers.Select(ledger => Task.Run(() => ledger.TryRecordAsync("evt-race"))));

        Assert.Single(results, recorded => recorded);
    }

    [Fact]
    public async Task ForgetAsync_Recorded_LetsTheEventBeRecordedAgain()
    {
        await Ledger.TryRecordAsync("evt-1");

        await Ledger.ForgetAsync("evt-1");
        await Ledger.ForgetAsync("evt-unknown");

        Assert.True(await Ledger.TryRecordAsync("evt-1"));
    }

    [Fact]
    public async Task TryRecordAsync_IdLongerThanAKey_IsRecordedByItsHash()
    {
        var longId = new string('e', 2_000);

        Assert.True(await Ledger.TryRecordAsync(longId));
        Assert.False(await Ledger.TryRecordAsync(longId));
    }
}
