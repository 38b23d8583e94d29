using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Storage.Stores;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

public sealed partial class TableInboxTests
{
    [Fact]
    public async Task StoreAsync_SameMessageIdTwice_StoresOnceAndReturnsTheStoredCopy()
    {
        var id = StoreTestKit.NewId();
        var first = await Inbox.StoreAsync(id, Message(), Now, None);
        await Inbox.UpdateAsync(first, InboxState.Processed, null, None);

        var again = await Inbox.StoreAsync(id, Message(), Now + Duration.FromMinutes(7), None);

        Assert.Equal((first.Id, true, InboxState.Processed, Now), (again.Id, again.StoredBefore, again.State, again.ReceivedAt));
        Assert.Single(await _kit.RowsAsync(StoreTables.Inbox, TableClient.CreateQueryFilter($"PartitionKey eq {id}")));
    }

    [Fact]
    public async Task StoreAsync_TwentyCopiesAtOnce_ExactlyOneIsNew()
    {
        var id = StoreTestKit.NewId();
        var stores = Enumerable.Range(0, 20).Select(_ => new TableInbox(_kit.Tables));

        var results = await Task.WhenAll(stores.Select(inbox => Task.Run(() => inbox.StoreAsync(id, Message(), Now, None))));

        Assert.Equal(1, results.Count(item => !item.StoredBefore));
        Assert.Single(results.Select(item => item.Id).Distinct());
    }

    [Fact]
    public async Task StoreAsync_NoMessageId_SameContentInOneMinuteIsOneMessageAndLaterANewOne()
    {
        var id = StoreTestKit.NewId();
        var bare = Message() with { MessageId = null };
        var at = Instant.FromUtc(2030, 3, 4, 8, 0, 10);

        var first = await Inbox.StoreAsync(id, bare, at, None);
        var copy = await Inbox.StoreAsync(id, bare, at + Duration.FromSeconds(30), None);
        var later = await Inbox.StoreAsync(id, bare, at + Duration.FromMinutes(3), None);
        var other = await Inbox.StoreAsync(id, bare with { Text = "Pain 5 now." }, at, None);

        Assert.Equal((first.Id, true), (copy.Id, copy.StoredBefore));
        Assert.False(later.StoredBefore);
        Assert.False(other.StoredBefore);
        Assert.Equal(3, new[] { first.Id, later.Id, other.Id }.Distinct().Count());
    }

    [Fact]
    public async Task ListPendingAsync_UnreadableRowsBetweenGoodOnes_ParksThemAndReturnsTheOthers()
    {
        var good = await FailedOnceAsync(StoreTestKit.NewId(), Now - Duration.FromMinutes(10));
        var table = await _kit.TableAsync(StoreTables.Inbox);
        // An index row naming the index partition itself, and one naming a message row without its fields.
        await table.AddEntityAsync(new TableEntity("~pending", "0000000000000000001-x") { ["Owner"] = "~pending", ["InboxId"] = "a/b" });
        var broken = StoreTestKit.NewId();
        await table.AddEntityAsync(new TableEntity(broken, "m-broken") { ["State"] = "Pending" });
        await table.AddEntityAsync(new TableEntity("~pending", "0000000000000000002-y") { ["Owner"] = broken, ["InboxId"] = "m-broken" });

        var listed = await Inbox.ListPendingAsync(Now, 10, None);
        var again = await Inbox.ListPendingAsync(Now, 10, None);

        Assert.Equal(3, listed.Count);
        Assert.Equal([InboxState.Parked, InboxState.Parked, InboxState.Pending], listed.Select(item => item.State));
        Assert.Equal([null, broken], listed.Take(2).Select(item => item.EnrollmentId));
        Assert.Equal(good.Id, listed[2].Id);
        Assert.Equal([good.Id], again.Select(item => item.Id));
        Assert.Equal(2, (await _kit.RowsAsync(StoreTables.Inbox, "PartitionKey eq '~parked'")).Count);
    }
}
