using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Sending;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Email.Sending;

public sealed class SmtpMailSenderTests : IClassFixture<MaildevFixture>, IAsyncLifetime
{
    private const string UnicodeName = "Zoë Łukasz — 背中";
    private readonly MaildevFixture _maildev;

    public SmtpMailSenderTests(MaildevFixture maildev)
    {
        _maildev = maildev;
    }

    public Task InitializeAsync() => _maildev.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SendAsync_Checkin_ArrivesWithBothPartsAndHeaders()
    {
        var message = EmailTestData.Composer().Compose(EmailTestData.Checkin(), EmailTestData.Sam());

        var result = await Sender().SendAsync(message, CancellationToken.None);

        var email = await SingleEmailAsync();
        Assert.Equal(message.MessageId, result.ProviderMessageId);
        Assert.Equal(message.Text.ReplaceLineEndings("\n").TrimEnd(), email.GetProperty("text").GetString()!.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("number from 0 to 10", email.GetProperty("html").GetString());
        var headers = email.GetProperty("headers");
        Assert.Equal(message.Headers["List-Unsubscribe"], Unfold(headers, "list-unsubscribe"));
        Assert.Equal("List-Unsubscribe=One-Click", Unfold(headers, "list-unsubscribe-post"));
        Assert.Contains(message.ReplyTo!.Address, Unfold(headers, "reply-to"));
        Assert.Equal(message.MessageId, Unfold(headers, "message-id"));
        Assert.StartsWith("multipart/alternative", Unfold(headers, "content-type"));
    }

    [Fact]
    public async Task SendAsync_UnicodeSubjectAndNames_ArriveIntact()
    {
        var message = EmailTestData.Composer().Compose(EmailTestData.Lesson(), EmailTestData.Sam(UnicodeName)) with
        {
            Subject = "Schulterblätter: " + UnicodeName,
            From = new Mailbox("coach@paindrip.example", "Coach " + UnicodeName),
        };

        await Sender().SendAsync(message, CancellationToken.None);

        var email = await SingleEmailAsync();
        Assert.Equal(message.Subject, email.GetProperty("subject").GetString());
        var to = Assert.Single(email.GetProperty("to").EnumerateArray());
        Assert.Equal(("sam@example.com", UnicodeName), (to.GetProperty("address").GetString(), to.GetProperty("name").GetString()));
        Assert.Equal("Coach " + UnicodeName, Assert.Single(email.GetProperty("from").EnumerateArray()).GetProperty("name").GetString());
        Assert.Contains($"Hi {UnicodeName},", email.GetProperty("text").GetString());
        Assert.Contains($"Hi {UnicodeName},", email.GetProperty("html").GetString());
    }

    [Fact]
    public async Task SendAsync_NothingListening_ThrowsMailSendException()
    {
        var sender = new SmtpMailSender(
            Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = FreePort.Next(), Timeout = TimeSpan.FromSeconds(5) }),
            NullLogger<SmtpMailSender>.Instance);
        var message = EmailTestData.Composer().Compose(EmailTestData.Lesson(), EmailTestData.Sam());

        await Assert.ThrowsAsync<MailSendException>(() => sender.SendAsync(message, CancellationToken.None));
    }

    private SmtpMailSender Sender() => new(
        Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = _maildev.SmtpPort }),
        NullLogger<SmtpMailSender>.Instance);

    private async Task<JsonElement> SingleEmailAsync()
    {
        var listed = Assert.Single(await _maildev.WaitForEmailsAsync(1));
        return await _maildev.EmailAsync(listed.GetProperty("id").GetString()!);
    }

    private static string Unfold(JsonElement headers, string name) =>
        System.Text.RegularExpressions.Regex.Replace(headers.GetProperty(name).GetString()!, "\r?\n[ \t]+", " ");
}
