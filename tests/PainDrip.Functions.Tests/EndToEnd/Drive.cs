using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// Plays the outside world against a running <see cref="ServiceApp"/>: the timer (through the admin route), a person
/// signing up, confirming and replying, and time passing.
/// </summary>
public sealed partial class Drive(ServiceApp app)
{
    public const string Person = "sam@example.com";

    /// <summary>An address no journey enrolls: its confirmation email is the barrier of <see cref="BarrierAsync"/>.</summary>
    public const string BarrierPerson = "barrier@example.org";

    /// <summary>How many timer runs this drive posted.</summary>
    public int TimerRuns { get; private set; }

    /// <summary>How many emails the timer runs said they sent, in all (their own summaries).</summary>
    public int SentByTimer { get; private set; }

    /// <summary>
    /// One run of the SendDueLessons timer through the admin route (as the host's <c>POST /admin/functions/{name}</c>);
    /// returns the run's own summary: what it sent, skipped and retried.
    /// </summary>
    public async Task<TimerRun> RunTimerAsync()
    {
        using var response = await app.Http.PostAsJsonAsync("/admin/functions/SendDueLessons", new { input = "" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"SendDueLessons answered {(int)response.StatusCode}: {body}");
        TimerRuns++;
        var run = JsonSerializer.Deserialize<TimerRun>(body, JsonSerializerOptions.Web)!;
        SentByTimer += run.Sent;
        return run;
    }

    /// <summary>Moves the clock <paramref name="days"/> days forward an hour at a time, running the timer after each step.</summary>
    public Task AdvanceDaysAsync(int days) => AdvanceAsync(TimeSpan.FromDays(days), TimeSpan.FromHours(1));

    /// <summary>Moves the clock forward by <paramref name="total"/> in steps, running the timer after each step.</summary>
    public async Task AdvanceAsync(TimeSpan total, TimeSpan step)
    {
        for (var moved = TimeSpan.Zero; moved < total; moved += step)
        {
            app.Clock.Advance(step < total - moved ? step : total - moved);
            await RunTimerAsync();
        }
    }

    /// <summary>Signs up through the API as the signup page does (<see cref="EnrollmentApp.SignupJson"/>); returns the status code.</summary>
    public async Task<HttpStatusCode> SignUpAsync(string email = Person, int painNow = 6, string timeZone = "Europe/London")
    {
        using var content = new StringContent(EnrollmentApp.SignupJson(email: email, timeZone: timeZone, painNow: painNow), Encoding.UTF8, "application/json");
        using var response = await app.Http.PostAsync("/api/enroll", content);
        return response.StatusCode;
    }

    /// <summary>Opens the link in the newest confirmation email and presses its button (a POST with the token).</summary>
    public async Task ConfirmAsync(string email = Person)
    {
        var confirmation = (await EmailsAsync(email)).Last(mail => mail.KindIn(app.Library) is null);
        var link = ConfirmLink(confirmation);
        using var page = await app.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var confirmed = await app.Http.PostAsync(link, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    /// <summary>Signs up and confirms; returns the enrollment id (once the welcome is in maildev, when it is daytime for the person).</summary>
    public async Task<string> EnrollAsync(int painNow = 6, string timeZone = "Europe/London", bool welcomeAtOnce = true)
    {
        Assert.Equal(HttpStatusCode.Accepted, await SignUpAsync(painNow: painNow, timeZone: timeZone));
        await WaitForEmailsAsync(1);
        await ConfirmAsync();
        if (welcomeAtOnce)
        {
            await WaitForEmailsAsync(2);
        }
        return (await app.Enrollments.FindByEmailAsync(Person, CancellationToken.None))!.Id;
    }

    /// <summary>
    /// A reply as SendGrid Inbound Parse posts it (parsed mode, multipart/form-data, field by field), sent to
    /// <paramref name="replyTo"/> (the Reply-To of an email, <c>Name &lt;reply+token@domain&gt;</c> or bare).
    /// </summary>
    /// <returns>The reply's Message-ID; pass it back as <paramref name="messageId"/> to post the same reply again, as SendGrid retries.</returns>
    public async Task<string> ReplyAsync(string replyTo, string text, string from = Person, string? messageId = null)
    {
        messageId ??= $"<{Guid.NewGuid():N}@example.com>";
        Assert.Equal(HttpStatusCode.OK, await PostReplyAsync(replyTo, text, messageId, from));
        return messageId;
    }

    /// <summary>Posts a reply as <see cref="ReplyAsync"/> does and returns the status, whatever it is.</summary>
    public async Task<HttpStatusCode> PostReplyAsync(string replyTo, string text, string messageId, string from = Person)
    {
        using var form = new MultipartFormDataContent();
        // Text fields carry no Content-Type of their own, as in SendGrid's posts.
        foreach (var (name, value) in InboundParseFields(AddressIn(replyTo), from, text, messageId, app.Clock.UtcNow))
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(value)), name);
        }
        using var response = await app.Http.PostAsync($"/api/inbound?key={ServiceApp.InboundSecret}", form);
        return response.StatusCode;
    }

    /// <summary>The fields of an Inbound Parse post for a plain-text reply, in SendGrid's order.</summary>
    private static (string Name, string Value)[] InboundParseFields(string to, string from, string text, string messageId, DateTimeOffset at)
    {
        var date = at.ToString("ddd, d MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var headers = $"Received: from mx.example.com by mx.sendgrid.net; {date}\r\nMIME-Version: 1.0\r\nFrom: Sam <{from}>\r\n"
            + $"To: {to}\r\nSubject: Re: your PainDrip lesson\r\nDate: {date}\r\nMessage-ID: {messageId}\r\n"
            + "Content-Type: text/plain; charset=\"UTF-8\"\r\n";
        return
        [
            ("headers", headers),
            ("dkim", "{@example.com : pass}"),
            ("to", to),
            ("from", $"Sam <{from}>"),
            ("subject", "Re: your PainDrip lesson"),
            ("text", text + "\r\n"),
            ("sender_ip", "192.0.2.10"),
            ("envelope", $$"""{"to":["{{to}}"],"from":"{{from}}"}"""),
            ("charsets", """{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}"""),
            ("SPF", "pass"),
            ("spam_score", "0.1"),
            ("spam_report", "Spam detection software has NOT identified this incoming email as spam."),
            ("attachments", "0"),
        ];
    }

    /// <summary>
    /// A positive barrier before asserting that no email came: signs up <see cref="BarrierPerson"/> and waits for that
    /// confirmation. Sign-up and reply mail goes out before the request answers, one SMTP session after another, so an
    /// email a test is waiting not to see was handed to maildev before the barrier's.
    /// </summary>
    public async Task BarrierAsync()
    {
        Assert.Equal(HttpStatusCode.Accepted, await SignUpAsync(BarrierPerson));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await EmailsAsync(BarrierPerson)).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The barrier's confirmation email never arrived.");
            await Task.Delay(50);
        }
    }

    /// <summary>Every email maildev holds for the address, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> EmailsAsync(string email = Person) =>
        [.. (await app.Maildev.EmailsAsync()).Select(ReceivedEmail.From).Where(mail => mail.To == email)];

    /// <summary>Waits until maildev holds <paramref name="count"/> emails in all (SMTP answers before maildev stores).</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForEmailsAsync(int count) =>
        [.. (await app.Maildev.WaitForEmailsAsync(count)).Select(ReceivedEmail.From)];

    public static string ConfirmLink(ReceivedEmail confirmation) =>
        ConfirmLinkPattern().Match(confirmation.Text) is { Success: true } match
            ? match.Value
            : throw new InvalidOperationException("No confirm link in the confirmation email.");

    private static string AddressIn(string mailbox) =>
        mailbox.LastIndexOf('<') is var open and >= 0 ? mailbox[(open + 1)..mailbox.LastIndexOf('>')] : mailbox.Trim();

    [GeneratedRegex(@"https?://\S+/api/confirm\?token=[a-z0-9]+")]
    private static partial Regex ConfirmLinkPattern();
}

/// <summary>The timer run's summary as the admin route answers it (counts only).</summary>
public sealed record TimerRun(int Sent, int NotDue, int Skipped, int Completed, int Missing, int Failed, int LeftForNextRun, int RepliesRetried, bool StoppedEarly);
