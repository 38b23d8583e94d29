using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableDeliveryLedgerTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly StoreTestKit _kit = new(azurite);
    private TableDeliveryLedger Ledger => new(_kit.Tables);

    private static Delivery Delivery(string enrollmentId, string key, int minutes) => new(
        enrollmentId, key, EmailKind.Lesson, "strength-01", StoreTestKit.Now + Duration.FromMinutes(minutes));

    [Fact]
    public async Task TryRecordAsync_SameKeyTwice_SecondReturnsFalse()
    {
        var id = StoreTestKit.NewId();

        Assert.True(await Ledger.TryRecordAsync(Delivery(id, "lesson/day-9#1?", 0), None));
        Assert.False(await Ledger.TryRecordAsync(Delivery(id, "lesson/day-9#1?", 5), None));

        Assert.Single(await Ledger.ListAsync(id, None));
    }

    [Fact]
    public async Task MarkSentAsync_Recorded_SetsSentTimeAndProviderId()
    {
        var id = StoreTestKit.NewId();
        await Ledger.TryRecordAsync(Delivery(id, "day-9", 0), None);

        await Ledger.MarkSentAsync(id, "day-9", StoreTestKit.Now + Duration.FromSeconds(3), "sg-123", None);

        var delivery = Assert.Single(await Ledger.ListAsync(id, None));
        Assert.Equal(Delivery(id, "day-9", 0) with { SentAt = StoreTestKit.Now + Duration.FromSeconds(3), ProviderMessageId = "sg-123" }, delivery);
    }

    [Fact]
    public async Task MarkSentAsync_NeverRecorded_ThrowsMissing()
    {
        var error = await Assert.ThrowsAsync<StoreConflictException>(
            () => Ledger.MarkSentAsync(StoreTestKit.NewId(), "day-9", StoreTestKit.Now, null, None));

        Assert.Equal(StoreConflict.Missing, error.Conflict);
    }

    [Fact]
    public async Task ListAsync_KeysOutOfTimeOrder_ReturnsOldestFirstForThatEnrollmentOnly()
    {
        var id = StoreTestKit.NewId();
        await Ledger.TryRecordAsync(Delivery(id, "a-late", 20), None);
        await Ledger.TryRecordAsync(Delivery(id, "z-early", 10), None);
        await Ledger.TryRecordAsync(Delivery(StoreTestKit.NewId(), "other", 0), None);

        var keys = (await Ledger.ListAsync(id, None)).Select(d => d.Key);

        Assert.Equal(["z-early", "a-late"], keys);
    }

    [Fact]
    public async Task EraseAsync_Recorded_ExportThenIsEmpty()
    {
        var id = StoreTestKit.NewId();
        await Ledger.TryRecordAsync(Delivery(id, "day-0", 0), None);
        await Ledger.TryRecordAsync(Delivery(id, "day-2", 1), None);
        var exported = await Ledger.ExportAsync(id, None);

        Assert.Equal(2, await Ledger.EraseAsync(id, None));

        Assert.Equal(["day-0", "day-2"], exported.Select(row => row["Key"]));
        Assert.Empty(await Ledger.ExportAsync(id, None));
        Assert.Empty(await Ledger.ListAsync(id, None));
    }
}
