using Microsoft.Playwright;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// A person signs up on the real page in headless Chromium, opens the confirm link from the email maildev
/// received, presses the button, and gets the welcome. Screenshots go to <c>.artifacts/e2e</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SignupJourneyTests(ServiceFixture world) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private ServiceApp _app = null!;
    private Drive _drive = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install the Debian 'chromium' package.");
        _app = await world.StartAppAsync();
        _drive = new Drive(_app);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task SignupPage_FilledAndConfirmedFromTheEmail_StartsTheProgramWithAWelcome()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            TimezoneId = "Europe/London",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{_app.BaseUrl}/");

        await FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my 6-week program" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" }).WaitForAsync();
        var confirmation = ReceivedEmail.From((await _app.Maildev.WaitForEmailsAsync(1))[0]);
        await page.GotoAsync(Drive.ConfirmLink(confirmation));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my program" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "You're confirmed" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts("e2e"), "confirmed-375.png"), FullPage = true });

        var emails = await _drive.WaitForEmailsAsync(2);
        Assert.Equal("Please confirm your PainDrip sign-up", emails[0].Subject);
        Assert.Equal([null, EmailKind.Welcome], emails.Select(mail => mail.KindIn(_app.Library)));
        EndToEndAssert.EveryEmailCanBeAnsweredAndLeft(emails);
        var record = (await _app.Enrollments.FindByEmailAsync(Drive.Person, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
        Assert.Equal("Europe/London", record.Enrollment.TimeZoneId);
        Assert.Equal(Phase.Mobility, record.Enrollment.Phase);
        Assert.Equal(
            [ProgressKind.Enrolled, ProgressKind.Confirmed, ProgressKind.EmailSent],
            (await _app.Progress.ListAsync(record.Id, CancellationToken.None)).Select(p => p.Kind));
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
