using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableCoachQueueTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly StoreTestKit _kit = new(azurite);
    private TableCoachQueue Queue => new(_kit.Tables);

    private static CoachQueueEntry Entry(string enrollmentId, string inboxId, int minutes, params RedFlag[] flags) => new(
        new CoachQueueItem(
            enrollmentId, flags.Length == 0 ? CoachQueueReason.Question : CoachQueueReason.RedFlag, flags,
            StoreTestKit.Now + Duration.FromMinutes(minutes)),
        inboxId);

    [Fact]
    public async Task ListAsync_SeveralItems_ReturnsNewestFirstUpToMax()
    {
        var older = Entry(StoreTestKit.NewId(), "inbox-1", 1, RedFlag.ChestPain, RedFlag.NumbnessTingling);
        var newest = Entry(StoreTestKit.NewId(), "inbox-3", 3);
        var middle = Entry(StoreTestKit.NewId(), "inbox-2", 2);
        foreach (var entry in new[] { older, newest, middle })
        {
            await Queue.AddAsync(entry, None);
        }

        var listed = await Queue.ListAsync(10, None);

        Assert.Equal(["inbox-3", "inbox-2", "inbox-1"], listed.Select(e => e.InboxId));
        Assert.Equal(older.Item.RedFlags, listed[2].Item.RedFlags);
        Assert.Equal((older.Item.EnrollmentId, CoachQueueReason.RedFlag, older.Item.At),
            (listed[2].Item.EnrollmentId, listed[2].Item.Reason, listed[2].Item.At));
        Assert.Equal(["inbox-3", "inbox-2"], (await Queue.ListAsync(2, None)).Select(e => e.InboxId));
    }

    [Fact]
    public async Task AddAsync_SameReplyTwice_KeepsOneItem()
    {
        var id = StoreTestKit.NewId();

        await Queue.AddAsync(Entry(id, "inbox/1", 1), None);
        await Queue.AddAsync(Entry(id, "inbox/1", 9), None);

        Assert.Equal("inbox/1", Assert.Single(await Queue.ListAsync(10, None)).InboxId);
    }

    [Fact]
    public async Task EraseAsync_ItemsOfTwoPeople_RemovesOnlyTheErasedPersons()
    {
        var erased = StoreTestKit.NewId();
        var kept = StoreTestKit.NewId();
        await Queue.AddAsync(Entry(erased, "inbox-1", 1, RedFlag.FeverInfection), None);
        await Queue.AddAsync(Entry(erased, "inbox-2", 2), None);
        await Queue.AddAsync(Entry(kept, "inbox-3", 3), None);
        var exported = await Queue.ExportAsync(erased, None);

        Assert.Equal(4, await Queue.EraseAsync(erased, None));

        Assert.Equal(["inbox-2", "inbox-1"], exported.Select(row => row["InboxId"]));
        Assert.Empty(await Queue.ExportAsync(erased, None));
        Assert.Equal([kept], (await Queue.ListAsync(10, None)).Select(e => e.Item.EnrollmentId));
    }
}
