using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Sending;
using PainDrip.Infrastructure.Tests.Support;

namespace PainDrip.Infrastructure.Tests.Email.Sending;

public sealed class SendGridMailSenderTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly EmailMessage _message = EmailTestData.Composer().Compose(EmailTestData.Checkin(), EmailTestData.Sam("Zoë"));
    private FakeSendGrid _server = null!;

    public async Task InitializeAsync() => _server = await FakeSendGrid.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_Accepted_ReturnsXMessageId()
    {
        var result = await Sender().SendAsync(_message, CancellationToken.None);

        Assert.Equal(FakeSendGrid.MessageId, result.ProviderMessageId);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("Bearer SG.test-key", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Empty(_clock.Waits);
    }

    [Fact]
    public async Task SendAsync_AnyMessage_PostsMailSendJson()
    {
        await Sender().SendAsync(_message, CancellationToken.None);

        var json = Assert.Single(_server.Requests).Json;
        var to = Assert.Single(Assert.Single(json.GetProperty("personalizations").EnumerateArray()).GetProperty("to").EnumerateArray());
        Assert.Equal(("sam@example.com", "Zoë"), (to.GetProperty("email").GetString(), to.GetProperty("name").GetString()));
        Assert.Equal("coach@paindrip.example", json.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal(_message.ReplyTo!.Address, json.GetProperty("reply_to").GetProperty("email").GetString());
        Assert.Equal(_message.Subject, json.GetProperty("subject").GetString());
        var content = json.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["text/plain", "text/html"], content.Select(c => c.GetProperty("type").GetString()));
        Assert.Equal([_message.Text, _message.Html], content.Select(c => c.GetProperty("value").GetString()));
        var headers = json.GetProperty("headers");
        Assert.Equal(_message.Headers["List-Unsubscribe"], headers.GetProperty("List-Unsubscribe").GetString());
        Assert.Equal("List-Unsubscribe=One-Click", headers.GetProperty("List-Unsubscribe-Post").GetString());
        Assert.Equal(_message.MessageId, headers.GetProperty("Message-ID").GetString());
        Assert.False(json.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task SendAsync_AnyMessage_CustomArgsHoldOnlyTheOpaqueId()
    {
        await Sender().SendAsync(_message, CancellationToken.None);

        var json = Assert.Single(_server.Requests).Json;
        var arg = Assert.Single(json.GetProperty("custom_args").EnumerateObject());
        Assert.Equal(("correlation_id", _message.CorrelationId), (arg.Name, arg.Value.GetString()));
        Assert.False(json.TryGetProperty("categories", out _));
    }

    [Fact]
    public async Task SendAsync_SandboxMode_SetsFlagAndAccepts200()
    {
        _server.Then(200);

        var result = await Sender(o => o.SandboxMode = true).SendAsync(_message, CancellationToken.None);

        Assert.Null(result.ProviderMessageId);
        var json = Assert.Single(_server.Requests).Json;
        Assert.True(json.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task SendAsync_RateLimited_WaitsUntilResetThenRetries()
    {
        var reset = _clock.GetUtcNow().AddSeconds(7).ToUnixTimeSeconds();
        _server.Then(429, """{"errors":[{"field":null,"message":"too many requests"}]}""", ("X-RateLimit-Reset", reset.ToString()));

        var result = await Sender().SendAsync(_message, CancellationToken.None);

        Assert.Equal(FakeSendGrid.MessageId, result.ProviderMessageId);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _clock.Waits);
    }

    [Fact]
    public async Task SendAsync_RateLimitResetFarAway_WaitsOnlyUpToTheCap()
    {
        var reset = _clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        _server.Then(429, null, ("X-RateLimit-Reset", reset.ToString()));

        await Sender(o => o.MaxRateLimitWait = TimeSpan.FromSeconds(20)).SendAsync(_message, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(20)], _clock.Waits);
    }

    [Fact]
    public async Task SendAsync_ServerErrorsThenAccepted_BacksOffWithJitter()
    {
        _server.Then(503);
        _server.Then(503);

        var result = await Sender().SendAsync(_message, CancellationToken.None);

        Assert.Equal(FakeSendGrid.MessageId, result.ProviderMessageId);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(2, _clock.Waits.Count);
        Assert.InRange(_clock.Waits[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(_clock.Waits[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendAsync_ServerErrorsForever_ThrowsTransientAfterMaxRetries()
    {
        for (var i = 0; i < 4; i++)
        {
            _server.Then(500, """{"errors":[{"message":"internal error"}]}""");
        }

        var error = await Assert.ThrowsAsync<MailSendException>(
            () => Sender(o => { o.MaxRetries = 3; o.MaxBackoff = TimeSpan.FromSeconds(3); }).SendAsync(_message, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(4, _server.Requests.Count);
        Assert.Equal(3, _clock.Waits.Count);
        Assert.All(_clock.Waits, wait => Assert.InRange(wait, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task SendAsync_BadRequest_ThrowsSendGridMessagesWithoutRetry()
    {
        _server.Then(400, """
            {"errors":[
              {"message":"The from address does not match a verified Sender Identity.","field":"from","help":null},
              {"message":"The content value must be a string at least one character in length.","field":"content.0.value"}]}
            """);

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender().SendAsync(_message, CancellationToken.None));

        Assert.Single(_server.Requests);
        Assert.Empty(_clock.Waits);
        Assert.False(error.IsTransient);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("does not match a verified Sender Identity", error.Message);
        Assert.Contains("at least one character in length", error.Message);
    }

    [Fact]
    public async Task SendAsync_Unauthorized_ThrowsWithoutRetry()
    {
        _server.Then(401, """{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked"}]}""");

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender().SendAsync(_message, CancellationToken.None));

        Assert.Single(_server.Requests);
        Assert.Contains("authorization grant is invalid", error.Errors[0]);
    }

    [Fact]
    public async Task SendAsync_RateLimitedWithRetryAfter_WaitsThatLong()
    {
        _server.Then(429, null, ("Retry-After", "12"));

        var result = await Sender().SendAsync(_message, CancellationToken.None);

        Assert.Equal(FakeSendGrid.MessageId, result.ProviderMessageId);
        Assert.Equal([TimeSpan.FromSeconds(12)], _clock.Waits);
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswersUntilTheAttemptTimesOut_RetriesWithBackoff()
    {
        var held = _server.ThenNeverAnswer();
        using var http = new HttpClient(new TimeOutOnceHeld(held));

        var result = await Sender(http: http).SendAsync(_message, CancellationToken.None);

        Assert.Equal(FakeSendGrid.MessageId, result.ProviderMessageId);
        Assert.Equal(2, _server.Requests.Count);
        Assert.InRange(Assert.Single(_clock.Waits), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SendAsync_CallerCancelsWhileServerHolds_ThrowsCancellationWithoutRetry()
    {
        var held = _server.ThenNeverAnswer();
        using var caller = new CancellationTokenSource();
        var sending = Sender().SendAsync(_message, caller.Token);
        await held;

        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Single(_server.Requests);
        Assert.Empty(_clock.Waits);
    }

    private SendGridMailSender Sender(Action<SendGridOptions>? configure = null, HttpClient? http = null)
    {
        var options = new SendGridOptions { ApiKey = "SG.test-key", BaseUrl = _server.BaseUrl };
        configure?.Invoke(options);
        return new SendGridMailSender(http ?? new HttpClient(), Options.Create(options), _clock, NullLogger<SendGridMailSender>.Instance);
    }

    /// <summary>Plays the HTTP timeout by hand: the first request is cancelled as soon as the server holds it, later ones pass.</summary>
    private sealed class TimeOutOnceHeld(Task held) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) > 1)
            {
                return await base.SendAsync(request, cancellationToken);
            }
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var sending = base.SendAsync(request, attempt.Token);
            await held.WaitAsync(cancellationToken);
            await attempt.CancelAsync();
            return await sending;
        }
    }
}
