using System.Net;
using NodaTime;
using NSubstitute;
using NSubstitute.Extensions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class EnrollmentApiTests
{
    /// <summary>An app whose store holds one enrollment that follows every save, as a real store would.</summary>
    private static (EnrollmentApp App, Func<EnrollmentRecord> Current) AppWithStoredEnrollment(EnrollmentRecord stored)
    {
        var app = new EnrollmentApp();
        var current = stored;
        app.Ports.Enrollments.FindAsync(stored.Id, Arg.Any<CancellationToken>()).Returns(_ => current);
        app.Ports.Enrollments.Configure().SaveAsync(default!, default).ReturnsForAnyArgs(call => current = call.Arg<EnrollmentRecord>() with { ETag = "etag-2" });
        app.ProgramMailer.Configure().SendAsync(default!, default!, default!, default).ReturnsForAnyArgs(call => current = call.Arg<EnrollmentRecord>() with
        {
            Enrollment = app.Planner.RecordSent(call.Arg<EnrollmentRecord>().Enrollment, call.Arg<PlannedEmail>(), EnrollmentApp.Now),
            ETag = "etag-3",
        });
        return (app, () => current);
    }

    private static void AssertNothingConfirmed(EnrollmentApp app)
    {
        app.Ports.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
        app.ProgramMailer.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default!, default);
        app.Ports.DueIndex.DidNotReceiveWithAnyArgs().ScheduleAsync(default!, default, default);
        app.Ports.Progress.DidNotReceiveWithAnyArgs().AppendAsync(default!, default!, default);
    }

    [Fact]
    public async Task Confirm_GetWithGoodLink_ShowsAButtonThatPostsAndChangesNothing()
    {
        var pending = EnrollmentApp.PendingRecord();
        var (app, _) = AppWithStoredEnrollment(pending);
        await using var _app = app;
        var token = app.Tokens.Create(LinkPurpose.Confirm, pending.Id);

        var response = await app.CreateClient().GetAsync($"/api/confirm?token={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<form method=\"post\" action=\"/api/confirm?token={token}\">", page);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        AssertNothingConfirmed(app);
    }

    [Fact]
    public async Task Confirm_Post_StartsTheProgramSendsTheWelcomeAndSchedulesTheNextEmail()
    {
        var pending = EnrollmentApp.PendingRecord();
        var (app, current) = AppWithStoredEnrollment(pending);
        await using var _app = app;
        var token = app.Tokens.Create(LinkPurpose.Confirm, pending.Id);

        var response = await app.CreateClient().PostAsync($"/api/confirm?token={token}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You&#39;re confirmed", await response.Content.ReadAsStringAsync());
        await app.Ports.Enrollments.Received(1).SaveAsync(
            Arg.Is<EnrollmentRecord>(r => r.ETag == "etag-1" && r.Enrollment.Status == EnrollmentStatus.Active
                && r.Enrollment.ConfirmedAt == EnrollmentApp.Now), Arg.Any<CancellationToken>());
        await app.Ports.Progress.Received(1).AppendAsync(pending.Id, Arg.Is<ProgressEntry>(p => p.Kind == ProgressKind.Confirmed), Arg.Any<CancellationToken>());
        await app.ProgramMailer.Received(1).SendAsync(
            Arg.Is<EnrollmentRecord>(r => r.ETag == "etag-2"), Arg.Is<PlannedEmail>(e => e.Kind == EmailKind.Welcome && e.Due == EnrollmentApp.Now),
            "slot-000-welcome", Arg.Any<CancellationToken>());
        var next = app.Planner.PlanNext(current().Enrollment, EnrollmentApp.Now)!;
        Assert.True(next.Due > EnrollmentApp.Now);
        await app.Ports.DueIndex.Received(1).ScheduleAsync(pending.Id, next.Due, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Confirm_PostTwice_SecondTimeSaysConfirmedAndSendsNothingMore()
    {
        var pending = EnrollmentApp.PendingRecord();
        var (app, _) = AppWithStoredEnrollment(pending);
        await using var _app = app;
        var client = app.CreateClient();
        var url = $"/api/confirm?token={app.Tokens.Create(LinkPurpose.Confirm, pending.Id)}";
        await client.PostAsync(url, null);

        var again = await client.PostAsync(url, null);
        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already running", await again.Content.ReadAsStringAsync());
        Assert.Contains("already running", await page.Content.ReadAsStringAsync());
        await app.Ports.Enrollments.ReceivedWithAnyArgs(1).SaveAsync(default!, default);
        await app.ProgramMailer.ReceivedWithAnyArgs(1).SendAsync(default!, default!, default!, default);
    }

    [Fact]
    public async Task Confirm_AtNightForThePerson_SchedulesTheWelcomeForTheMorningWithoutSending()
    {
        var pending = EnrollmentApp.PendingRecord();
        var (app, _) = AppWithStoredEnrollment(pending);
        await using var _app = app;
        app.Time.Now = new DateTimeOffset(2025, 3, 10, 2, 0, 0, TimeSpan.Zero);

        var response = await app.CreateClient().PostAsync($"/api/confirm?token={app.Tokens.Create(LinkPurpose.Confirm, pending.Id)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.ProgramMailer.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default!, default);
        await app.Ports.DueIndex.Received(1).ScheduleAsync(pending.Id, Instant.FromUtc(2025, 3, 10, 8, 0), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Confirm_AnotherRequestSavedFirst_RereadsAndRetriesOnce()
    {
        var pending = EnrollmentApp.PendingRecord();
        var (app, _) = AppWithStoredEnrollment(pending);
        await using var _app = app;
        var saves = 0;
        app.Ports.Enrollments.Configure().SaveAsync(default!, default).ReturnsForAnyArgs(call => ++saves == 1
            ? throw new StoreConflictException(StoreConflict.Changed, "stale")
            : call.Arg<EnrollmentRecord>() with { ETag = "etag-2" });

        var response = await app.CreateClient().PostAsync($"/api/confirm?token={app.Tokens.Create(LinkPurpose.Confirm, pending.Id)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, saves);
        await app.ProgramMailer.ReceivedWithAnyArgs(1).SendAsync(default!, default!, default!, default);
    }

    private static string BadToken(string kind, LinkTokens tokens, string id) => kind switch
    {
        "garbage" => "not-a-token!<script>",
        "tampered" => Tamper(tokens.Create(LinkPurpose.Confirm, id)),
        "wrong purpose" => tokens.Create(LinkPurpose.Unsubscribe, id),
        _ => "",
    };

    private static string Tamper(string token) => token[..^1] + (token[^1] == 'a' ? 'b' : 'a');

    [Theory]
    [InlineData("garbage")]
    [InlineData("tampered")]
    [InlineData("wrong purpose")]
    [InlineData("missing")]
    public async Task Confirm_BadLink_FriendlyPage400AndNothingConfirmed(string kind)
    {
        var pending = EnrollmentApp.PendingRecord();
        var (app, _) = AppWithStoredEnrollment(pending);
        await using var _app = app;
        var token = BadToken(kind, app.Tokens, pending.Id);
        var client = app.CreateClient();

        var posted = await client.PostAsync($"/api/confirm?token={Uri.EscapeDataString(token)}", null);
        var shown = await client.GetAsync($"/api/confirm?token={Uri.EscapeDataString(token)}");

        foreach (var response in new[] { posted, shown })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("This link does not work", page);
            Assert.DoesNotContain("<script>", page);
        }
        AssertNothingConfirmed(app);
    }

    [Fact]
    public async Task Confirm_ExpiredLink_FriendlyPage410SayingHowToGetANewOne()
    {
        var pending = EnrollmentApp.PendingRecord();
        var (app, _) = AppWithStoredEnrollment(pending);
        await using var _app = app;
        var token = app.Tokens.Create(LinkPurpose.Confirm, pending.Id);
        app.Time.Now += TimeSpan.FromDays(8);

        var response = await app.CreateClient().PostAsync($"/api/confirm?token={token}", null);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("This link has expired", page);
        Assert.Contains("Sign up again", page);
        AssertNothingConfirmed(app);
    }

    [Fact]
    public async Task Confirm_EnrollmentErased_FriendlyPage410()
    {
        await using var app = new EnrollmentApp();

        var response = await app.CreateClient().PostAsync(
            $"/api/confirm?token={app.Tokens.Create(LinkPurpose.Confirm, "0f8fad5bd9cb469fa16570867728950e")}", null);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("no longer exists", await response.Content.ReadAsStringAsync());
        AssertNothingConfirmed(app);
    }
}
