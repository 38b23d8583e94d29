using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

/// <summary>The coach console's side of the queue (<see cref="ICoachDesk"/>) against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableCoachQueueDeskTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly StoreTestKit _kit = new(azurite);
    private TableCoachQueue Queue => new(_kit.Tables);

    private static CoachQueueEntry Entry(string enrollmentId, string inboxId, int minutes, CoachQueueReason reason, params RedFlag[] flags) =>
        new(new CoachQueueItem(enrollmentId, reason, flags, StoreTestKit.Now + Duration.FromMinutes(minutes)), inboxId);

    [Fact]
    public async Task AttachAsync_FurtherReply_JoinsTheItemWithTheMoreUrgentReasonAndIsFoundByEitherReply()
    {
        var id = StoreTestKit.NewId();
        await Queue.AddAsync(Entry(id, "inbox-1", 1, CoachQueueReason.Question), None);
        var item = (await Queue.FindByReplyAsync("inbox-1", None))!;

        Assert.True(await Queue.AttachAsync(item.Id, Entry(id, "inbox-2", 5, CoachQueueReason.RedFlag, RedFlag.ChestPain), None));
        Assert.True(await Queue.AttachAsync(item.Id, Entry(id, "inbox-2", 5, CoachQueueReason.RedFlag, RedFlag.ChestPain), None));

        var joined = (await Queue.FindByReplyAsync("inbox-2", None))!;
        Assert.Equal(item.Id, joined.Id);
        Assert.Equal(["inbox-1", "inbox-2"], joined.ReplyIds);
        Assert.Equal(CoachQueueReason.RedFlag, joined.Entry.Item.Reason);
        Assert.Equal([RedFlag.ChestPain], joined.Entry.Item.RedFlags);
        Assert.Equal(StoreTestKit.Now + Duration.FromMinutes(5), joined.LastReplyAt);
        Assert.Single(await Queue.ListAsync(10, None));
    }

    [Fact]
    public async Task ResolveAsync_OpenItem_LeavesTheOpenListOnceAndKeepsWhoAndWhy()
    {
        var id = StoreTestKit.NewId();
        await Queue.AddAsync(Entry(id, "inbox-1", 1, CoachQueueReason.RedFlag, RedFlag.ChestPain), None);
        var item = (await Queue.FindByReplyAsync("inbox-1", None))!;
        var resolution = new CoachResolution("coach@clinic.test", StoreTestKit.Now + Duration.FromHours(1), "GP saw them");

        var first = await Queue.ResolveAsync(item.Id, resolution, None);
        var again = await Queue.ResolveAsync(item.Id, resolution with { Note = "again" }, None);

        Assert.Equal((true, false), (first, again));
        Assert.Empty(await Queue.ListAsync(10, None));
        Assert.Empty(await Queue.ListOpenAsync(10, None));
        var resolved = (await Queue.FindAsync(item.Id, None))!;
        Assert.Equal(resolution, resolved.Resolution);
        Assert.False(resolved.IsOpen);
        Assert.False(await Queue.AttachAsync(item.Id, Entry(id, "inbox-2", 9, CoachQueueReason.FollowUp), None));
        Assert.Equal([item.Id], (await Queue.ListForAsync(id, None)).Select(i => i.Id));
        Assert.Single(await Queue.ExportAsync(id, None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no/such#item")]
    [InlineData("0000000000000000001-missing")]
    public async Task FindAsync_UnknownOrMalformedId_ReturnsNullAndResolveChangesNothing(string itemId)
    {
        Assert.Null(await Queue.FindAsync(itemId, None));
        Assert.False(await Queue.ResolveAsync(itemId, new CoachResolution("c", StoreTestKit.Now, "n"), None));
    }
}
