using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NSubstitute;
using NSubstitute.Extensions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

/// <summary>POST /api/enroll and the signup page, through the real pipeline with substituted ports.</summary>
public sealed partial class EnrollmentApiTests
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static void AssertNothingStoredOrSent(EnrollmentApp app)
    {
        app.Ports.Enrollments.DidNotReceiveWithAnyArgs().AddAsync(default!, default!, default, default);
        app.Ports.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
        app.Ports.Progress.DidNotReceiveWithAnyArgs().AppendAsync(default!, default!, default);
        app.Ports.Mail.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }

    /// <summary>The record the store answered the sign-up's AddAsync with.</summary>
    private static EnrollmentRecord AddedRecord(EnrollmentApp app)
    {
        var args = app.Ports.Enrollments.ReceivedCalls().Single(c => c.GetMethodInfo().Name == nameof(IEnrollmentStore.AddAsync)).GetArguments();
        return new EnrollmentRecord((Enrollment)args[0]!, (Contact)args[1]!, (NodaTime.Instant)args[2]!, "etag-1");
    }

    private static EmailMessage SentMail(EnrollmentApp app, int index = 0) =>
        (EmailMessage)app.Ports.Mail.ReceivedCalls().Where(c => c.GetMethodInfo().Name == nameof(IMailSender.SendAsync))
            .ElementAt(index).GetArguments()[0]!;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/signup")]
    public async Task GetSignupPage_AnyOfItsRoutes_ServesTheForm(string path)
    {
        await using var app = new EnrollmentApp();

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form id=\"signup\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Enroll_ValidSignup_StoresOncePendingAndMailsAConfirmLink()
    {
        await using var app = new EnrollmentApp();

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("check_inbox", (await ReadJsonAsync(response))["status"]!.GetValue<string>());
        await app.Ports.Enrollments.Received(1).AddAsync(
            Arg.Is<Enrollment>(e => e.Status == EnrollmentStatus.Pending && IsLowerGuidN(e.Id)),
            new Contact("sam@example.com", "Sam"), EnrollmentApp.Now, Arg.Any<CancellationToken>());
        var id = AddedRecord(app).Id;
        await app.Ports.Progress.Received(1).AppendAsync(id, Arg.Is<ProgressEntry>(p => p.Kind == ProgressKind.Enrolled), Arg.Any<CancellationToken>());
        var mail = SentMail(app);
        Assert.Equal("sam@example.com", mail.To.Address);
        var token = ConfirmToken(mail);
        Assert.Equal(id, app.Tokens.Verify(token, LinkPurpose.Confirm).EnrollmentId);
    }

    private static bool IsLowerGuidN(string id) => Guid.TryParseExact(id, "N", out var guid) && guid.ToString("N") == id;

    /// <summary>The token of the confirm link in a confirmation email's text part.</summary>
    internal static string ConfirmToken(EmailMessage mail)
    {
        const string prefix = "https://paindrip.test/api/confirm?token=";
        var start = mail.Text.IndexOf(prefix, StringComparison.Ordinal);
        Assert.True(start >= 0, "The confirmation email has no confirm link.");
        return new string(mail.Text[(start + prefix.Length)..].TakeWhile(char.IsLetterOrDigit).ToArray());
    }

    [Fact]
    public async Task Enroll_HtmlInFirstName_AcceptedAndEscapedInTheEmail()
    {
        await using var app = new EnrollmentApp();

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson(firstName: "<b>Sam</b>")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await app.Ports.Enrollments.Received(1).AddAsync(
            Arg.Any<Enrollment>(), new Contact("sam@example.com", "<b>Sam</b>"), Arg.Any<NodaTime.Instant>(), Arg.Any<CancellationToken>());
        var mail = SentMail(app);
        Assert.Contains("Hi &lt;b&gt;Sam&lt;/b&gt;,", mail.Html);
        Assert.DoesNotContain("<b>Sam</b>", mail.Html);
    }

    [Fact]
    public async Task Enroll_SuppressedAddress_AnswersLikeSuccessButStoresAndSendsNothing()
    {
        await using var app = new EnrollmentApp();
        app.Ports.Suppressions.IsSuppressedAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(true);

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("check_inbox", (await ReadJsonAsync(response))["status"]!.GetValue<string>());
        AssertNothingStoredOrSent(app);
    }

    [Fact]
    public async Task Enroll_SameAddressTwiceWithNoResendInterval_OneEnrollmentTwoConfirmationMails()
    {
        await using var app = new EnrollmentApp(new Dictionary<string, string> { ["EnrollmentOptions:ConfirmationResendInterval"] = "00:00:00" });
        var client = app.CreateClient();
        await client.PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));
        var stored = AddedRecord(app);
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(stored);

        var again = await client.PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await app.Ports.Enrollments.ReceivedWithAnyArgs(1).AddAsync(default!, default!, default, default);
        await app.Ports.Mail.ReceivedWithAnyArgs(2).SendAsync(default!, default);
        Assert.Equal(stored.Id, app.Tokens.Verify(ConfirmToken(SentMail(app, 1)), LinkPurpose.Confirm).EnrollmentId);
    }

    [Fact]
    public async Task Enroll_AnotherSignupWinsTheRace_TreatedAsARepeat()
    {
        await using var app = new EnrollmentApp();
        var winner = EnrollmentApp.PendingRecord();
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>())
            .Returns(Task.FromResult<EnrollmentRecord?>(null), Task.FromResult<EnrollmentRecord?>(winner));
        app.Ports.Enrollments.Configure().AddAsync(default!, default!, default, default).ReturnsForAnyArgs<EnrollmentRecord>(
            _ => throw new StoreConflictException(StoreConflict.AlreadyExists, "taken"));

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(winner.Id, app.Tokens.Verify(ConfirmToken(SentMail(app)), LinkPurpose.Confirm).EnrollmentId);
        await app.Ports.Progress.DidNotReceiveWithAnyArgs().AppendAsync(default!, default!, default);
    }

    [Theory]
    [InlineData(EnrollmentStatus.Active)]
    [InlineData(EnrollmentStatus.Paused)]
    public async Task Enroll_AddressAlreadyInTheProgram_AnswersLikeSuccessAndChangesNothing(EnrollmentStatus status)
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        var existing = pending with { Enrollment = pending.Enrollment.WithStatus(status) };
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(existing);

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        AssertNothingStoredOrSent(app);
    }

    [Fact]
    public async Task Enroll_ConfirmationMailFails_Answers503SoThePersonTriesAgain()
    {
        await using var app = new EnrollmentApp();
        app.Ports.Mail.SendAsync(default!, default).ReturnsForAnyArgs<SendResult>(
            _ => throw new MailSendException("down", 503, [], isTransient: true));

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("try again", (await ReadJsonAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enroll_TooManyFromOneClient_Answers429WithRetryAfterForThatClientOnly()
    {
        await using var app = new EnrollmentApp(new Dictionary<string, string> { ["EnrollmentOptions:PermitLimit"] = "2" });
        var client = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            answers.Add((await client.PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()))).StatusCode);
        }
        var refused = await client.PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));
        var otherClient = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("try again", (await ReadJsonAsync(refused))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, otherClient.StatusCode);
    }
}
