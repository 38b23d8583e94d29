using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Apis;

/// <summary>The sign-up limits: keyed on what the platform vouches for, per address too, and never counting refused sign-ups;
/// and the confirmation email sent again at most once per interval.</summary>
public sealed partial class EnrollmentApiTests
{
    private static async Task<HttpStatusCode> PostFromAsync(EnrollmentApp app, string forwardedFor, string body)
    {
        using var client = app.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/enroll") { Content = Json(body) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static Dictionary<string, string> Limits(int trustedProxies, int perClient = 2, int perAddress = 100) => new()
    {
        ["EnrollmentOptions:TrustedProxyCount"] = trustedProxies.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EnrollmentOptions:PermitLimit"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EnrollmentOptions:PerAddressLimit"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Enroll_RotatingForwardedForWithNoTrustedProxy_CountsAsOneClient()
    {
        await using var app = new EnrollmentApp(Limits(trustedProxies: 0));

        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
        {
            answers.Add(await PostFromAsync(app, $"198.51.100.{i}", EnrollmentApp.SignupJson(email: $"p{i}@example.com")));
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Enroll_CallerWrittenHopsBeforeTheTrustedProxyHop_AreIgnored()
    {
        await using var app = new EnrollmentApp(Limits(trustedProxies: 1));

        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
        {
            answers.Add(await PostFromAsync(app, $"198.51.100.{i}, 203.0.113.77", EnrollmentApp.SignupJson(email: $"p{i}@example.com")));
        }
        var otherNetwork = await PostFromAsync(app, "198.51.100.1, 203.0.113.78:4431", EnrollmentApp.SignupJson(email: "q@example.com"));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.Accepted, otherNetwork);
    }

    [Fact]
    public async Task Enroll_RefusedSignupsFromOneClient_DoNotCountAgainstIt()
    {
        await using var app = new EnrollmentApp(Limits(trustedProxies: 1));

        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            refused.Add(await PostFromAsync(app, "203.0.113.9", EnrollmentApp.SignupJson(email: "sam@example")));
        }
        var fixedUp = await PostFromAsync(app, "203.0.113.9", EnrollmentApp.SignupJson());

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 5), refused);
        Assert.Equal(HttpStatusCode.Accepted, fixedUp);
    }

    [Fact]
    public async Task Enroll_OneAddressFromManyNetworks_IsLimitedPerAddressInAnySpelling()
    {
        await using var app = new EnrollmentApp(Limits(trustedProxies: 1, perClient: 100, perAddress: 2));

        var answers = new List<HttpStatusCode>();
        string[] spellings = ["sam@example.com", "SAM(home)@Example.com", "\"Sam\" <sam@example.com>"];
        for (var i = 0; i < spellings.Length; i++)
        {
            answers.Add(await PostFromAsync(app, $"198.51.100.{i + 1}", EnrollmentApp.SignupJson(email: spellings[i])));
        }
        var someoneElse = await PostFromAsync(app, "198.51.100.9", EnrollmentApp.SignupJson(email: "kim@example.com"));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.Accepted, someoneElse);
    }

    [Fact]
    public async Task Enroll_AgainWithinTheResendInterval_SavesAnswersButSendsNoSecondConfirmation()
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        pending = pending with { Enrollment = pending.Enrollment with { ConfirmationSentAt = EnrollmentApp.Now.Minus(NodaTime.Duration.FromMinutes(2)) } };
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(pending);

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson(painNow: 3)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(3, SavedRecord(app).Enrollment.Profile.PainNow);
        Assert.Equal(pending.Enrollment.ConfirmationSentAt, SavedRecord(app).Enrollment.ConfirmationSentAt);
        await app.Ports.Mail.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }

    [Fact]
    public async Task Enroll_AgainAfterTheResendInterval_ClaimsAndSendsOneConfirmation()
    {
        await using var app = new EnrollmentApp(new Dictionary<string, string> { ["EnrollmentOptions:ConfirmationResendInterval"] = "00:03:00" });
        var pending = EnrollmentApp.PendingRecord();
        pending = pending with { Enrollment = pending.Enrollment with { ConfirmationSentAt = EnrollmentApp.Now.Minus(NodaTime.Duration.FromMinutes(4)) } };
        app.Ports.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(pending);

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(EnrollmentApp.Now, SavedRecord(app).Enrollment.ConfirmationSentAt);
        await app.Ports.Mail.ReceivedWithAnyArgs(1).SendAsync(default!, default);
    }

    [Fact]
    public async Task Enroll_ConfirmationSendFails_ReleasesTheClaimSoARetrySendsAtOnce()
    {
        await using var app = new EnrollmentApp();
        app.Ports.Mail.SendAsync(default!, default).ThrowsAsyncForAnyArgs(new MailSendException("relay down", 503, [], isTransient: true));

        var response = await app.CreateClient().PostAsync("/api/enroll", Json(EnrollmentApp.SignupJson()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(EnrollmentApp.Now, AddedRecord(app).Enrollment.ConfirmationSentAt);
        Assert.Null(SavedRecord(app).Enrollment.ConfirmationSentAt);
    }
}
