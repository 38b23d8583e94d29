using System.Net;
using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class PreferenceApiTests
{
    [Fact]
    public async Task Post_PauseTenDays_PausesUntilThenAndWakesTheTimerAtTheSendHourThatDay()
    {
        var response = await PostAsync(("action", "Pause"), ("days", "10"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You get no emails until Thursday 20 March", await response.Content.ReadAsStringAsync());
        var saved = Saved();
        Assert.Equal(EnrollmentStatus.Paused, saved.Enrollment.Status);
        Assert.Equal(new LocalDate(2025, 3, 20), saved.Enrollment.ResumeOn);
        await _app.Ports.DueIndex.Received(1).ScheduleAsync(_stored.Id, Instant.FromUtc(2025, 3, 20, 8, 0), Arg.Any<CancellationToken>());
        await _app.Ports.Progress.Received(1).AppendAsync(_stored.Id,
            Arg.Is<ProgressEntry>(p => p.Kind == ProgressKind.Paused && p.Detail == "preferences;days=10"), Arg.Any<CancellationToken>());
        await _app.ProgramMailer.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default!, default);
    }

    [Fact]
    public async Task Post_ResumeWhilePaused_ResumesSendsTheResumeEmailOnceAndLogsIt()
    {
        Store(_stored with { Enrollment = _app.Planner.PauseUntil(_stored.Enrollment, new LocalDate(2025, 3, 30), EnrollmentApp.Now - Duration.FromDays(1)) });

        var response = await PostAsync(("action", "Resume"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _app.ProgramMailer.Received(1).SendAsync(
            Arg.Is<EnrollmentRecord>(r => r.Enrollment.Status == EnrollmentStatus.Active && r.Enrollment.ResumeOn == null && r.Enrollment.PausedDays == 1),
            Arg.Is<PlannedEmail>(e => e.Kind == EmailKind.Resume), Arg.Any<string>(), Arg.Any<CancellationToken>());
        await _app.Ports.Progress.Received(1).AppendAsync(_stored.Id,
            Arg.Is<ProgressEntry>(p => p.Kind == ProgressKind.Resumed && p.Detail == "preferences"), Arg.Any<CancellationToken>());
        await _app.Ports.DueIndex.ReceivedWithAnyArgs(1).ScheduleAsync(default!, default, default);
    }

    [Fact]
    public async Task Post_Stop_SuppressesCancelsStopsAndLogs()
    {
        var response = await PostAsync(("action", "Stop"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("we will not email you again", await response.Content.ReadAsStringAsync());
        await _app.Ports.Suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.Unsubscribe, Arg.Any<CancellationToken>());
        await _app.Ports.DueIndex.Received(1).CancelAsync(_stored.Id, Arg.Any<CancellationToken>());
        Assert.Equal(EnrollmentStatus.Stopped, Saved().Enrollment.Status);
        await _app.Ports.Progress.Received(1).AppendAsync(_stored.Id,
            Arg.Is<ProgressEntry>(p => p.Kind == ProgressKind.Stopped && p.Detail == "preferences"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Post_ResumeOnSafetyHold_ChangesNothingSinceOnlyACoachMayLiftIt()
    {
        Store(_stored with { Enrollment = _stored.Enrollment.WithStatus(EnrollmentStatus.SafetyHold) });

        var response = await PostAsync(("action", "Resume"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("On hold until a coach has read your last reply", await response.Content.ReadAsStringAsync());
        AssertNothingWritten();
        await _app.ProgramMailer.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default!, default);
    }

    [Fact]
    public async Task Get_PendingSignup_SaysConfirmFirstAndOffersNoForm()
    {
        Store(EnrollmentApp.PendingRecord());

        var page = await (await _app.CreateClient().GetAsync($"/api/preferences?token={Token()}")).Content.ReadAsStringAsync();

        Assert.Contains("Not started: please confirm your address first", page);
        Assert.DoesNotContain("<form", page);
    }

    [Theory]
    [InlineData("unsubscribe", HttpStatusCode.BadRequest, "This link does not work")]
    [InlineData("tampered", HttpStatusCode.BadRequest, "This link does not work")]
    [InlineData("expired", HttpStatusCode.Gone, "This link has expired")]
    [InlineData("erased", HttpStatusCode.Gone, "This program no longer exists")]
    public async Task Post_LinkThatDoesNotWork_FriendlyPageAndNothingWritten(string kind, HttpStatusCode status, string title)
    {
        var token = kind switch
        {
            "unsubscribe" => Token(LinkPurpose.Unsubscribe),
            "tampered" => Token()[..^2] + (Token().EndsWith("aa", StringComparison.Ordinal) ? "bb" : "aa"),
            _ => Token(),
        };
        if (kind == "expired")
        {
            // The link in an email works for 90 days.
            _app.Time.Now += TimeSpan.FromDays(91);
        }
        if (kind == "erased")
        {
            _app.Ports.Enrollments.FindAsync(_stored.Id, Arg.Any<CancellationToken>()).Returns((EnrollmentRecord?)null);
        }

        var response = await _app.CreateClient().PostAsync($"/api/preferences?token={token}",
            new FormUrlEncodedContent([new("action", "Stop")]));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync());
        AssertNothingWritten();
    }
}
