using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

public sealed class InboundEmailApiTests : IDisposable
{
    private const string Url = "/api/inbound?key=tests-inbound-secret";
    private readonly PainDripAppFactory _factory = new();
    private readonly List<InboxState> _states = [];

    public InboundEmailApiTests()
    {
        var record = new MailWorld().Enroll();
        _factory.Enrollments.FindAsync("e1", Arg.Any<CancellationToken>()).Returns(record);
        _factory.Enrollments.SaveAsync(Arg.Any<EnrollmentRecord>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<EnrollmentRecord>() with { ETag = Guid.NewGuid().ToString() });
        _factory.Deliveries.TryRecordAsync(Arg.Any<Delivery>(), Arg.Any<CancellationToken>()).Returns(true);
        _factory.Journal.SaveAsync(Arg.Any<EnrollmentRecord>(), Arg.Any<Delivery?>(), Arg.Any<IReadOnlyList<ProgressEntry>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<EnrollmentRecord>() with { ETag = Guid.NewGuid().ToString() });
        _factory.Journal.ConfirmAsync(Arg.Any<EnrollmentRecord>(), Arg.Any<SendConfirmation>(), Arg.Any<IReadOnlyList<ProgressEntry>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<EnrollmentRecord>() with { Unconfirmed = [] });
        _factory.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>()).Returns(new SendResult("sg-1"));
        _factory.Inbox.StoreAsync(Arg.Any<string?>(), Arg.Any<InboundMessage>(), Arg.Any<Instant>(), Arg.Any<CancellationToken>())
            .Returns(call => new InboxItem("in-1", call.ArgAt<string?>(0), call.Arg<Instant>(), call.Arg<InboundMessage>(), InboxState.Pending, 0, null));
        _factory.Inbox.UpdateAsync(Arg.Any<InboxItem>(), Arg.Any<InboxState>(), Arg.Any<string?>(), Arg.Any<CancellationToken>())
            .Returns(call => { _states.Add(call.Arg<InboxState>()); return call.Arg<InboxItem>() with { State = call.Arg<InboxState>() }; });
        _factory.Progress.ListAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns([]);
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/api/inbound")]
    [InlineData("/api/inbound?key=wrong")]
    public async Task Post_MissingOrWrongSecret_401AndNothingReadOrStored(string url)
    {
        using var response = await _factory.CreateClient().PostAsync(url, Reply(ReplyToken(), "pain 3/10"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Inbox.ReceivedCalls());
        Assert.Empty(_factory.Enrollments.ReceivedCalls());
    }

    [Fact]
    public async Task Post_SecretAsBasicAuthPassword_Accepted()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sendgrid:tests-inbound-secret")));

        using var response = await client.PostAsync("/api/inbound", Reply(ReplyToken(), "pain 3/10"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_NormalReply_StoredReadLoggedAnd200()
    {
        using var response = await _factory.CreateClient().PostAsync(Url, Reply(ReplyToken(), "Better this week, a 3/10."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _factory.Inbox.Received(1).StoreAsync("e1", Arg.Is<InboundMessage>(m => m.Text.Contains("3/10")), Arg.Any<Instant>(), Arg.Any<CancellationToken>());
        await _factory.Journal.Received(1).SaveAsync(
            Arg.Is<EnrollmentRecord>(r => r.Id == "e1"), null,
            Arg.Is<IReadOnlyList<ProgressEntry>>(entries => entries.Count(p => p.Kind == ProgressKind.ReplyRead && p.PainScore == 3) == 1),
            Arg.Any<CancellationToken>());
        Assert.Equal([InboxState.Processed], _states);
    }

    [Fact]
    public async Task Post_RedFlag_SafetyEmailSentAtOnceAndCoachQueued()
    {
        using var response = await _factory.CreateClient().PostAsync(Url, Reply(ReplyToken(), "My chest is tight and my heart is pounding."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _factory.Mail.Received(1).SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>());
        await _factory.CoachQueue.Received(1).AddAsync(Arg.Is<CoachQueueEntry>(e => e.InboxId == "in-1"), Arg.Any<CancellationToken>());
        await _factory.DueIndex.Received(1).RemoveAsync(Arg.Is<DueEntry>(entry => entry.EnrollmentId == "e1"), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task Post_BadOrMissingToken_StoredAsIgnoredAndNothingSent(string token)
    {
        using var response = await _factory.CreateClient().PostAsync(Url, Reply(token, "STOP"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _factory.Inbox.Received(1).StoreAsync(null, Arg.Any<InboundMessage>(), Arg.Any<Instant>(), Arg.Any<CancellationToken>());
        Assert.Equal([InboxState.Ignored], _states);
        Assert.Empty(_factory.Mail.ReceivedCalls());
    }

    [Fact]
    public async Task Post_TokenForAnotherPurpose_TreatedAsUnknown()
    {
        var unsubscribe = _factory.Services.GetRequiredService<LinkTokens>().Create(LinkPurpose.Unsubscribe, "e1");

        using var response = await _factory.CreateClient().PostAsync(Url, Reply(unsubscribe, "pain 3"));

        await _factory.Inbox.Received(1).StoreAsync(null, Arg.Any<InboundMessage>(), Arg.Any<Instant>(), Arg.Any<CancellationToken>());
        Assert.Equal([InboxState.Ignored], _states);
    }

    [Fact]
    public async Task Post_StorageFails_500SoSendGridRetries()
    {
        _factory.Inbox.StoreAsync(Arg.Any<string?>(), Arg.Any<InboundMessage>(), Arg.Any<Instant>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new IOException("table down"));

        using var response = await _factory.CreateClient().PostAsync(Url, Reply(ReplyToken(), "pain 3"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(_factory.Enrollments.ReceivedCalls());
    }

    [Fact]
    public async Task Post_ProcessingFailsAfterStoring_Still200AndLeftPending()
    {
        _factory.Enrollments.FindAsync("e1", Arg.Any<CancellationToken>()).ThrowsAsync(new TimeoutException());

        using var response = await _factory.CreateClient().PostAsync(Url, Reply(ReplyToken(), "pain 3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([InboxState.Pending], _states);
    }

    [Fact]
    public async Task Post_NotMultipart_400AndNothingStored()
    {
        using var response = await _factory.CreateClient().PostAsync(Url, new StringContent("""{"text":"hi"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_factory.Inbox.ReceivedCalls());
    }

    [Fact]
    public async Task Post_LargerThanTheLimit_413AndNothingStored()
    {
        using var factory = _factory.WithWebHostBuilder(builder => builder.UseSetting("InboundOptions:MaxBodyBytes", "2000"));

        using var response = await factory.CreateClient().PostAsync(Url, Reply(ReplyToken(), new string('x', 5000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Inbox.ReceivedCalls());
    }

    private string ReplyToken() => _factory.Services.GetRequiredService<LinkTokens>().Create(LinkPurpose.Reply, "e1");

    // The fields SendGrid's Inbound Parse posts in its default (parsed) mode, one part each.
    private static MultipartFormDataContent Reply(string token, string text)
    {
        var to = $"reply+{token}@in.paindrip.test";
        return new MultipartFormDataContent
        {
            { new StringContent($"From: Sam <sam@example.com>\nTo: {to}\nSubject: Re: Your lesson\nMessage-ID: <r1@example.com>\n"), "headers" },
            { new StringContent(to), "to" },
            { new StringContent("Sam <sam@example.com>"), "from" },
            { new StringContent("Re: Your lesson"), "subject" },
            { new StringContent(text), "text" },
            { new StringContent($$"""{"to":["{{to}}"],"from":"sam@example.com"}"""), "envelope" },
            { new StringContent("""{"to":"UTF-8","subject":"UTF-8","text":"UTF-8"}"""), "charsets" },
            { new StringContent("{@example.com : pass}"), "dkim" },
            { new StringContent("pass"), "SPF" },
        };
    }
}
