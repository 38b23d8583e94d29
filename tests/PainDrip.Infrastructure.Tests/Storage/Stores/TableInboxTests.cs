using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed partial class TableInboxTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Instant Now = StoreTestKit.Now;
    private readonly StoreTestKit _kit = new(azurite);
    private TableInbox Inbox => new(_kit.Tables);

    private static InboundMessage Message(string text = "Pain 3 today, the stretches help.", string messageId = "m1@example.org") =>
        new("tok123", "ana@example.org", "Re: day 9", text, messageId, "p1@paindrip", false, 0.4, 1);

    [Fact]
    public async Task StoreAsync_Message_ReadsBackEveryFieldAndIsListedPendingOnlyAfterAFailedAttempt()
    {
        var id = StoreTestKit.NewId();

        var stored = await Inbox.StoreAsync(id, Message(), Now, None);

        Assert.Equal(stored with { StoredBefore = false }, await Inbox.FindAsync(id, stored.Id, None));
        Assert.Empty(await Inbox.ListPendingAsync(Now + Duration.FromSeconds(1), 10, None));
        await Inbox.UpdateAsync(stored, InboxState.Pending, null, None);
        var pending = Assert.Single(await Inbox.ListPendingAsync(Now + Duration.FromSeconds(1), 10, None));
        Assert.Equal((stored.Id, id, Now, InboxState.Pending, 1, (string?)null),
            (pending.Id, pending.EnrollmentId, pending.ReceivedAt, pending.State, pending.Attempts, pending.LastError));
        Assert.Equal(Message(), pending.Message);
    }

    [Fact]
    public async Task FindAsync_RoutedAndUnrouted_ReadsBackTheStoredMessageOrNull()
    {
        var id = StoreTestKit.NewId();
        var routed = await Inbox.StoreAsync(id, Message(), Now, None);
        var unrouted = await Inbox.StoreAsync(null, Message("who is this?"), Now, None);

        Assert.Equal(Message(), (await Inbox.FindAsync(id, routed.Id, None))?.Message);
        Assert.Equal("who is this?", (await Inbox.FindAsync(null, unrouted.Id, None))?.Message.Text);
        Assert.Null(await Inbox.FindAsync(StoreTestKit.NewId(), routed.Id, None));
    }

    [Fact]
    public async Task EraseUnroutedFromAsync_Sender_DeletesOnlyTheirUnroutedMail()
    {
        var id = StoreTestKit.NewId();
        var theirs = await Inbox.StoreAsync(null, Message(), Now, None);
        var someoneElse = await Inbox.StoreAsync(null, Message() with { SenderAddress = "bo@example.org" }, Now, None);
        var routed = await Inbox.StoreAsync(id, Message(), Now, None);

        Assert.Equal(1, await Inbox.EraseUnroutedFromAsync("ANA@example.org", None));

        Assert.Null(await Inbox.FindAsync(null, theirs.Id, None));
        Assert.NotNull(await Inbox.FindAsync(null, someoneElse.Id, None));
        Assert.NotNull(await Inbox.FindAsync(id, routed.Id, None));
        Assert.DoesNotContain(theirs.Id, (await Inbox.ListPendingAsync(Now + Duration.FromSeconds(1), 10, None)).Select(i => i.Id));
    }

    [Fact]
    public async Task ListPendingAsync_StoredBeforeCutOff_ReturnsOldestFirstUpToMax()
    {
        var first = await FailedOnceAsync(null, Now - Duration.FromMinutes(3));
        var second = await FailedOnceAsync(StoreTestKit.NewId(), Now - Duration.FromMinutes(2));
        await FailedOnceAsync(StoreTestKit.NewId(), Now - Duration.FromMinutes(1));
        await FailedOnceAsync(StoreTestKit.NewId(), Now);

        Assert.Equal([first.Id, second.Id], (await Inbox.ListPendingAsync(Now, 2, None)).Select(i => i.Id));
        Assert.Equal(3, (await Inbox.ListPendingAsync(Now, 10, None)).Count);
        Assert.Null((await Inbox.ListPendingAsync(Now, 10, None))[0].EnrollmentId);
    }

    [Fact]
    public async Task UpdateAsync_Processed_LeavesThePendingList()
    {
        var stored = await Inbox.StoreAsync(StoreTestKit.NewId(), Message(), Now, None);

        var updated = await Inbox.UpdateAsync(stored, InboxState.Processed, null, None);

        Assert.Equal((InboxState.Processed, 1), (updated.State, updated.Attempts));
        Assert.Empty(await Inbox.ListPendingAsync(Now + Duration.FromHours(1), 10, None));
    }

    [Fact]
    public async Task UpdateAsync_FailedAttempt_StaysPendingWithErrorAndAttempts()
    {
        var stored = await Inbox.StoreAsync(StoreTestKit.NewId(), Message(), Now, None);

        var once = await Inbox.UpdateAsync(stored, InboxState.Pending, "timeout", None);
        await Inbox.UpdateAsync(once, InboxState.Pending, "timeout again", None);

        var pending = Assert.Single(await Inbox.ListPendingAsync(Now + Duration.FromHours(1), 10, None));
        Assert.Equal((2, "timeout again"), (pending.Attempts, pending.LastError));
    }

    [Fact]
    public async Task StoreAsync_TextLongerThanAProperty_KeepsItWhole()
    {
        var text = string.Concat(Enumerable.Repeat("My shoulder blade aches after work. ", 2_000));

        var id = StoreTestKit.NewId();
        var stored = await Inbox.StoreAsync(id, Message(text), Now, None);

        Assert.Equal(text, (await Inbox.FindAsync(id, stored.Id, None))!.Message.Text);
    }

    [Fact]
    public async Task StoreAsync_HugeText_CutsItWithAMarker()
    {
        var text = new string('x', 200_000);

        var id = StoreTestKit.NewId();
        var item = await Inbox.StoreAsync(id, Message(text), Now, None);

        var stored = (await Inbox.FindAsync(id, item.Id, None))!.Message.Text;
        Assert.InRange(stored.Length, 80_000, 90_000);
        Assert.EndsWith("[… cut: too long to store]", stored);
    }

    [Fact]
    public async Task EraseAsync_StoredMessages_ExportThenIsEmptyAndNothingStaysPending()
    {
        var id = StoreTestKit.NewId();
        await Inbox.UpdateAsync(await Inbox.StoreAsync(id, Message(), Now, None), InboxState.Pending, "timeout", None);
        var second = await Inbox.StoreAsync(id, Message("Pain 2.", "m2@example.org"), Now + Duration.FromMinutes(1), None);
        await Inbox.UpdateAsync(second, InboxState.Processed, null, None);
        var exported = await Inbox.ExportAsync(id, None);

        Assert.Equal(2, await Inbox.EraseAsync(id, None));

        Assert.Equal([Message().Text, "Pain 2."], exported.Select(row => row["Text"]));
        Assert.Empty(await Inbox.ExportAsync(id, None));
        Assert.Empty(await Inbox.ListPendingAsync(Now + Duration.FromHours(1), 10, None));
        Assert.Empty(await _kit.RowsAsync(StoreTables.Inbox));
    }

    private async Task<InboxItem> FailedOnceAsync(string? enrollmentId, Instant at) =>
        await Inbox.UpdateAsync(await Inbox.StoreAsync(enrollmentId, Message(), at, None), InboxState.Pending, "timeout", None);
}
