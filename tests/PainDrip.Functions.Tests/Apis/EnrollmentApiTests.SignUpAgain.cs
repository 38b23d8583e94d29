using System.Net;
using NSubstitute;
using NSubstitute.Extensions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

/// <summary>Signing up again before confirming: the new answers replace the pending ones; a confirmed program is never touched.</summary>
public sealed partial class EnrollmentApiTests
{
    private static EnrollmentRecord SavedRecord(EnrollmentApp app) =>
        (EnrollmentRecord)app.Ports.Enrollments.ReceivedCalls()
            .Single(c => c.GetMethodInfo().Name == nameof(IEnrollmentStore.SaveAsync)).GetArguments()[0]!;

    [Fact]
    public async Task Enroll_AgainWhilePendingWithNewAnswers_SavesThemOnTheSameEnrollmentAndMailsAFreshLink()
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(pending);

        var response = await app.CreateClient().PostAsync("/api/enroll",
            Json(EnrollmentApp.SignupJson(firstName: "Samira", timeZone: "America/Chicago", painNow: 3)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var saved = SavedRecord(app);
        Assert.Equal(pending.Id, saved.Id);
        Assert.Equal(EnrollmentStatus.Pending, saved.Enrollment.Status);
        Assert.Equal("America/Chicago", saved.Enrollment.TimeZoneId);
        Assert.Equal(3, saved.Enrollment.LatestPain);
        Assert.Equal(3, saved.Enrollment.Profile.PainNow);
        Assert.Equal(new Contact("sam@example.com", "Samira"), saved.Contact);
        Assert.Equal("etag-1", saved.ETag);
        await app.Ports.Progress.Received(1).AppendAsync(pending.Id,
            Arg.Is<ProgressEntry>(p => p.Kind == ProgressKind.Enrolled && p.Detail == "answers-replaced"), Arg.Any<CancellationToken>());
        await app.Ports.Enrollments.DidNotReceiveWithAnyArgs().AddAsync(default!, default!, default, default);
        Assert.Contains("Hi Samira,", SentMail(app).Text);
        Assert.Equal(pending.Id, app.Tokens.Verify(ConfirmToken(SentMail(app)), LinkPurpose.Confirm).EnrollmentId);
    }

    [Fact]
    public async Task Enroll_AgainWhileAConfirmSavesFirst_KeepsTheConfirmedProgramAndSendsNothing()
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        var confirmed = pending with { Enrollment = app.Planner.Start(pending.Enrollment, EnrollmentApp.Now), ETag = "etag-confirmed" };
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(pending);
        app.Ports.Enrollments.FindAsync(pending.Id, Arg.Any<CancellationToken>()).Returns(confirmed);
        app.Ports.Enrollments.Configure().SaveAsync(default!, default).ReturnsForAnyArgs<EnrollmentRecord>(
            _ => throw new StoreConflictException(StoreConflict.Changed, "changed"));

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson(timeZone: "America/Chicago")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await app.Ports.Enrollments.ReceivedWithAnyArgs(1).SaveAsync(default!, default);
        await app.Ports.Progress.DidNotReceiveWithAnyArgs().AppendAsync(default!, default!, default);
        await app.Ports.Mail.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }

    [Fact]
    public async Task Enroll_AgainWhileActive_NeverSavesTheNewAnswers()
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        var active = pending with { Enrollment = app.Planner.Start(pending.Enrollment, EnrollmentApp.Now) };
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(active);

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson(timeZone: "Asia/Tokyo", painNow: 9)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        AssertNothingStoredOrSent(app);
    }
}
