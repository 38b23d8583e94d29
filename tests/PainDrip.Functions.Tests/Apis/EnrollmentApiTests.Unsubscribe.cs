using System.Net;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class EnrollmentApiTests
{
    private static EnrollmentRecord ActiveRecord()
    {
        var pending = EnrollmentApp.PendingRecord();
        return pending with { Enrollment = pending.Enrollment.WithStatus(EnrollmentStatus.Active) };
    }

    private static HttpContent OneClick(string style) => style == "multipart"
        ? new MultipartFormDataContent { { new StringContent("One-Click"), "List-Unsubscribe" } }
        : new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);

    private static void AssertNotUnsubscribed(EnrollmentApp app)
    {
        app.Ports.Suppressions.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
        app.Ports.DueIndex.DidNotReceiveWithAnyArgs().CancelAsync(default!, default);
        app.Ports.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
    }

    [Fact]
    public async Task Unsubscribe_Get_ShowsAOneButtonFormAndDoesNotUnsubscribe()
    {
        var (app, _) = AppWithStoredEnrollment(ActiveRecord());
        await using var _app = app;
        var token = app.Tokens.Create(LinkPurpose.Unsubscribe, ActiveRecord().Id);

        var response = await app.CreateClient().GetAsync($"/api/unsubscribe?token={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<form method=\"post\" action=\"/api/unsubscribe?token={token}\">", page);
        Assert.Contains("<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">", page);
        AssertNotUnsubscribed(app);
    }

    [Theory]
    [InlineData("form")]
    [InlineData("multipart")]
    public async Task Unsubscribe_OneClickPost_SuppressesCancelsStopsAndAnswers200WithoutRedirect(string style)
    {
        var active = ActiveRecord();
        var (app, _) = AppWithStoredEnrollment(active);
        await using var _app = app;

        var response = await app.CreateClient().PostAsync(
            $"/api/unsubscribe?token={app.Tokens.Create(LinkPurpose.Unsubscribe, active.Id)}", OneClick(style));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("You&#39;re unsubscribed", await response.Content.ReadAsStringAsync());
        await app.Ports.Suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.Unsubscribe, Arg.Any<CancellationToken>());
        await app.Ports.DueIndex.Received(1).CancelAsync(active.Id, Arg.Any<CancellationToken>());
        await app.Ports.Enrollments.Received(1).SaveAsync(
            Arg.Is<EnrollmentRecord>(r => r.Enrollment.Status == EnrollmentStatus.Stopped && r.ETag == "etag-1"), Arg.Any<CancellationToken>());
        await app.Ports.Progress.Received(1).AppendAsync(active.Id, Arg.Is<ProgressEntry>(p => p.Kind == ProgressKind.Stopped), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Unsubscribe_PageFormWithTokenField_Unsubscribes()
    {
        var active = ActiveRecord();
        var (app, _) = AppWithStoredEnrollment(active);
        await using var _app = app;
        var form = new FormUrlEncodedContent(
            [new("token", app.Tokens.Create(LinkPurpose.Unsubscribe, active.Id)), new("List-Unsubscribe", "One-Click")]);

        var response = await app.CreateClient().PostAsync("/api/unsubscribe", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.Ports.Suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.Unsubscribe, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Unsubscribe_PostTwice_StillAnswers200AndStopsOnlyOnce()
    {
        var active = ActiveRecord();
        var (app, _) = AppWithStoredEnrollment(active);
        await using var _app = app;
        var client = app.CreateClient();
        var url = $"/api/unsubscribe?token={app.Tokens.Create(LinkPurpose.Unsubscribe, active.Id)}";

        var first = await client.PostAsync(url, OneClick("form"));
        var second = await client.PostAsync(url, OneClick("form"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await app.Ports.Enrollments.ReceivedWithAnyArgs(1).SaveAsync(default!, default);
        await app.Ports.Progress.ReceivedWithAnyArgs(1).AppendAsync(default!, default!, default);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("tampered")]
    [InlineData("missing")]
    public async Task Unsubscribe_BadLink_FriendlyPage400AndNothingChanged(string kind)
    {
        var active = ActiveRecord();
        var (app, _) = AppWithStoredEnrollment(active);
        await using var _app = app;
        var token = kind == "tampered" ? Tamper(app.Tokens.Create(LinkPurpose.Unsubscribe, active.Id)) : BadToken(kind, app.Tokens, active.Id);

        var response = await app.CreateClient().PostAsync($"/api/unsubscribe?token={Uri.EscapeDataString(token)}", OneClick("form"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link does not work", await response.Content.ReadAsStringAsync());
        AssertNotUnsubscribed(app);
    }

    [Fact]
    public async Task Unsubscribe_ConfirmLinkToken_IsRefused()
    {
        var active = ActiveRecord();
        var (app, _) = AppWithStoredEnrollment(active);
        await using var _app = app;

        var response = await app.CreateClient().PostAsync(
            $"/api/unsubscribe?token={app.Tokens.Create(LinkPurpose.Confirm, active.Id)}", OneClick("form"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNotUnsubscribed(app);
    }
}
