using Microsoft.Playwright;
using PainDrip.Core.Ports;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// The preferences and privacy pages in headless Chromium against the real service: the page from the welcome email's
/// footer changes the send hour with its button, refuses a bad time zone beside the field, and fits 375 px and 1280 px.
/// Screenshots go to <c>.artifacts/controls</c>.
/// </summary>
public sealed class PreferencesPageJourneyTests(ServiceFixture world) : Journey(world)
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

    private async Task<IPage> OpenAsync(string url, int width)
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
        Assert.True(scrollWidth <= innerWidth, $"{name} scrolls sideways: {scrollWidth} > {innerWidth}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts("controls"), name), FullPage = true });
    }

    [Fact]
    public async Task PreferencesPage_HourChosenAndSaved_ChangesTheSendHourAndLogsIt()
    {
        var id = await Drive.EnrollAsync();
        var link = PreferencesJourneyTests.PreferencesLink((await Drive.EmailsAsync())[^1]);
        var page = await OpenAsync(link, 375);
        await ShotAsync(page, "preferences-375.png");

        await page.GetByLabel("Hour").SelectOptionAsync("9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the new time" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Your emails now arrive at 09:00, Europe/London time.").WaitForAsync();
        await ShotAsync(page, "preferences-saved-375.png");

        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(9, record.Enrollment.SendHour);
        var changes = (await App.Progress.ListAsync(id, CancellationToken.None)).Where(p => p.Kind == ProgressKind.PreferencesChanged);
        Assert.Equal(["send-hour=9"], changes.Select(p => p.Detail));
        Assert.Equal("9", await page.GetByLabel("Hour").InputValueAsync());
    }

    [Fact]
    public async Task PreferencesPage_UnknownTimeZone_ShowsTheErrorBesideTheFieldAndChangesNothing()
    {
        var id = await Drive.EnrollAsync();
        var link = PreferencesJourneyTests.PreferencesLink((await Drive.EmailsAsync())[^1]);
        var page = await OpenAsync(link, 1280);
        await ShotAsync(page, "preferences-1280.png");

        await page.GetByLabel("Time zone").FillAsync("Europe/Atlantis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the new time" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        await ShotAsync(page, "preferences-error-1280.png");

        var field = page.GetByLabel("Time zone");
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        Assert.Equal("Europe/Atlantis", await field.InputValueAsync());
        Assert.Contains("We do not know this time zone", await page.Locator("#timeZone-error").InnerTextAsync());
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(("Europe/London", 8), (record.Enrollment.TimeZoneId, record.Enrollment.SendHour));
        var small = await OpenAsync(link, 375);
        await small.GetByLabel("Pause for how many days from today?").FillAsync("0");
        await small.GetByRole(AriaRole.Button, new() { Name = "Pause emails" }).ClickAsync();
        await small.GetByRole(AriaRole.Alert).WaitForAsync();
        await ShotAsync(small, "preferences-error-375.png");
    }

    [Fact]
    public async Task PrivacyPage_PhoneAndDesktop_FitsAndIsReachedFromTheSignupPage()
    {
        var signup = await OpenAsync($"{App.BaseUrl}/", 375);
        await signup.GetByRole(AriaRole.Link, new() { Name = "How PainDrip stores your data", Exact = false }).ClickAsync();
        await signup.GetByRole(AriaRole.Heading, new() { Name = "Privacy", Exact = true }).WaitForAsync();
        await ShotAsync(signup, "privacy-375.png");

        var wide = await OpenAsync($"{App.BaseUrl}/api/privacy", 1280);
        await ShotAsync(wide, "privacy-1280.png");

        Assert.Equal(5, await wide.GetByRole(AriaRole.Heading, new() { Level = 2 }).CountAsync());
    }
}
