using Microsoft.Playwright;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// A person signs up on the real page in headless Chromium, opens the confirm link from the email maildev
/// received, presses the button, and gets the welcome. Screenshots go to <c>.artifacts/e2e</c>.
/// </summary>
public sealed class SignupJourneyTests(ServiceFixture world) : Journey(world)
{
    private HeadlessChromium _chromium = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public override async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task SignupPage_FilledAndConfirmedFromTheEmail_StartsTheProgramWithAWelcome()
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            TimezoneId = "Europe/London",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{App.BaseUrl}/");

        await FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my 6-week program" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" }).WaitForAsync();
        var confirmation = ReceivedEmail.From((await App.Maildev.WaitForEmailsAsync(1))[0]);
        await page.GotoAsync(Drive.ConfirmLink(confirmation));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my program" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "You're confirmed" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts("e2e"), "confirmed-375.png"), FullPage = true });

        var emails = await Drive.WaitForEmailsAsync(2);
        Assert.Equal("Please confirm your PainDrip sign-up", emails[0].Subject);
        Assert.Equal([null, EmailKind.Welcome], emails.Select(mail => mail.KindIn(App.Library)));
        EndToEndAssert.EveryEmailCanBeAnsweredAndLeft(emails);
        var record = (await App.Enrollments.FindByEmailAsync(Drive.Person, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
        Assert.Equal("Europe/London", record.Enrollment.TimeZoneId);
        Assert.Equal(Phase.Mobility, record.Enrollment.Phase);
        Assert.Equal(
            [ProgressKind.Enrolled, ProgressKind.Confirmed, ProgressKind.EmailSent],
            (await App.Progress.ListAsync(record.Id, CancellationToken.None)).Select(p => p.Kind));
    }

    /// <summary>Fills the form by its labels, as a person reading it would.</summary>
    private static async Task FillAsync(IPage page)
    {
        await page.GetByLabel("First name").FillAsync("Sam");
        await page.GetByLabel("Email address").FillAsync(Drive.Person);
        Assert.Equal("Europe/London", await page.GetByLabel("Your time zone").InputValueAsync());
        await page.GetByLabel("Between my shoulder blades").CheckAsync();
        await page.GetByLabel("When did this bout of pain start?").FillAsync("2025-03-01");
        await page.GetByLabel("How bad is it right now", new() { Exact = false }).FillAsync("6");
        await page.GetByLabel("Long hours at a desk or screen").CheckAsync();
        await page.GetByLabel("I agree that PainDrip may store", new() { Exact = false }).CheckAsync();
    }
}
