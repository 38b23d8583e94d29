using System.Net;
using System.Text.Json;
using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class OperatorApiTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 9, 12, 0);

    private static CoachQueueEntry Entry(string enrollmentId, CoachQueueReason reason, Instant at, string inboxId, params RedFlag[] flags) =>
        new(new CoachQueueItem(enrollmentId, reason, flags, at), inboxId);

    [Fact]
    public async Task CoachQueue_Items_NewestFirstWithReasonLabelsAndReply()
    {
        _factory.CoachQueue.ListAsync(50, Arg.Any<CancellationToken>()).Returns(
        [
            Entry("enr-1", CoachQueueReason.Question, Monday, "in-1"),
            Entry("enr-2", CoachQueueReason.RedFlag, Monday.Plus(Duration.FromHours(3)), "in-2", RedFlag.ChestPain, RedFlag.NumbnessTingling),
        ]);
        var reply = new InboundMessage("tok", "sam@example.com", "Re: check-in", "My chest feels tight.", null, null, false, null);
        _factory.Inbox.FindAsync("enr-2", "in-2", Arg.Any<CancellationToken>())
            .Returns(new InboxItem("in-2", "enr-2", Monday, reply, InboxState.Processed, 1, null));

        using var response = await Client().GetAsync("/api/coach-queue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["enr-2", "enr-1"], items.Select(item => item.GetProperty("enrollmentId").GetString()));
        Assert.Equal("red_flag", items[0].GetProperty("reason").GetString());
        Assert.Equal("2026-03-09T15:00:00Z", items[0].GetProperty("at").GetString());
        Assert.Equal("in-2", items[0].GetProperty("inboxId").GetString());
        Assert.Equal("My chest feels tight.", items[0].GetProperty("replyText").GetString());
        Assert.Equal(
            [("chest_pain", "Chest pain or pressure"), ("numbness_tingling", "Numbness or tingling")],
            items[0].GetProperty("redFlags").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("label").GetString())));
        Assert.Equal("question", items[1].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("replyText").ValueKind);
    }

    [Fact]
    public async Task CoachQueue_Max_AsksTheQueueForThatMany()
    {
        _factory.CoachQueue.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);

        using var response = await Client().GetAsync("/api/coach-queue?max=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _factory.CoachQueue.Received(1).ListAsync(5, Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task CoachQueue_BadMax_Returns400(string max)
    {
        using var response = await Client().GetAsync($"/api/coach-queue?max={max}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await _factory.CoachQueue.DidNotReceiveWithAnyArgs().ListAsync(default, default);
    }
}
