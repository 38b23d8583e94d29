using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

/// <summary>GET /api/privacy filled from the operator's settings, and the links to it and to the preferences page.</summary>
public sealed partial class PrivacyApiTests
{
    [Fact]
    public async Task Privacy_OperatorSettings_NamesTheOperatorContactRetentionAndAnswerTime()
    {
        await using var app = new EnrollmentApp(new Dictionary<string, string>
        {
            ["PrivacyOptions:OperatorName"] = "Backcare & Co Ltd",
            ["PrivacyOptions:ContactAddress"] = "privacy@backcare.test",
            ["PrivacyOptions:RetentionMonths"] = "6",
            ["PrivacyOptions:RequestDays"] = "14",
        });

        var response = await app.CreateClient().GetAsync("/api/privacy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Backcare &amp; Co Ltd runs this service", page);
        Assert.Contains("Write to privacy@backcare.test from the address you signed up with", page);
        Assert.Contains("for 6 months after it ends or you stop it", page);
        Assert.Contains("We answer within 14 days.", page);
        Assert.Contains("Postal address: PainDrip, 1 Test Street, Testville", page);
    }

    [Fact]
    public async Task Privacy_NoOperatorSettings_FallsBackToTheSenderNameAndAddress()
    {
        await using var app = new EnrollmentApp();

        var page = await (await app.CreateClient().GetAsync("/api/privacy")).Content.ReadAsStringAsync();

        Assert.Contains("PainDrip runs this service", page);
        Assert.Contains("Write to coach@paindrip.test with any question", page);
        Assert.Contains("for 12 months after it ends", page);
    }

    [Theory]
    [InlineData("PrivacyOptions:RetentionMonths", "0")]
    [InlineData("PrivacyOptions:RequestDays", "45")]
    [InlineData("PrivacyOptions:ContactAddress", "not an address")]
    public async Task Privacy_BadSetting_AppRefusesToStart(string key, string value)
    {
        await using var app = new EnrollmentApp(new Dictionary<string, string> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.IsType<OptionsValidationException>(failure.GetBaseException());
    }

    [Fact]
    public async Task SignupPage_Always_LinksToThePrivacyPage()
    {
        await using var app = new EnrollmentApp();

        var page = await (await app.CreateClient().GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"/api/privacy\">", page);
    }

    [Fact]
    public async Task ConfirmationEmail_Footer_LinksToPreferencesWithASignedTokenAndToPrivacy()
    {
        await using var app = new EnrollmentApp();

        await app.CreateClient().PostAsync("/api/enroll", new StringContent(EnrollmentApp.SignupJson(), Encoding.UTF8, "application/json"));

        var mail = (EmailMessage)app.Ports.Mail.ReceivedCalls().Single().GetArguments()[0]!;
        var link = Regex.Match(mail.Text, @"Change when emails arrive: https://paindrip\.test/api/preferences\?token=([a-z0-9]+)\n");
        Assert.True(link.Success, mail.Text);
        var id = app.Tokens.Verify(link.Groups[1].Value, LinkPurpose.Preferences).EnrollmentId;
        var added = (Enrollment)app.Ports.Enrollments.ReceivedCalls().Single(c => c.GetMethodInfo().Name == "AddAsync").GetArguments()[0]!;
        Assert.Equal(added.Id, id);
        Assert.Contains("Privacy: https://paindrip.test/api/privacy\n", mail.Text);
        Assert.Contains($"href=\"https://paindrip.test/api/preferences?token={link.Groups[1].Value}\"", mail.Html);
        Assert.Contains(">Change when emails arrive</a>", mail.Html);
        Assert.Contains("href=\"https://paindrip.test/api/privacy\"", mail.Html);
    }
}
