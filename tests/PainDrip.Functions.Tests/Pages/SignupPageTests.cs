using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using NSubstitute;
using PainDrip.Functions.Tests.Support;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.Pages;

/// <summary>
/// The signup page in a real headless Chromium against the app on a loopback port (ports substituted):
/// phone width, labels and keyboard order, server errors shown beside their field, success and seek-care panels.
/// Screenshots go to <c>.artifacts/signup</c>.
/// </summary>
public sealed class SignupPageTests : IAsyncLifetime
{
    private readonly int _port = FreePort.Next();
    private readonly EnrollmentApp _app;
    private HeadlessChromium _chromium = null!;

    public SignupPageTests()
    {
        // WithWebHostBuilder factories ignore UseKestrel(port), so the address is set on the host itself.
        _app = new EnrollmentApp(configure: host => host.UseUrls($"http://127.0.0.1:{_port}"));
    }

    public async Task InitializeAsync()
    {
        _app.App.UseKestrel();
        _app.App.StartServer();
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _app.DisposeAsync();
    }

    private async Task<IPage> OpenAsync()
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            TimezoneId = "Europe/London",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        return page;
    }

    private static string Shot(string name) => Path.Combine(RepoPaths.Artifacts("signup"), name);

    /// <summary>Fills a valid sign-up the way a person would: typing, Tab between fields, ticking boxes by their labels.</summary>
    private static async Task FillValidAsync(IPage page, string pain)
    {
        await page.GetByLabel("First name").FocusAsync();
        await page.Keyboard.TypeAsync("Sam");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("email", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("sam@example.com");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("timeZone", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.GetByLabel("Between my shoulder blades").CheckAsync();
        await page.GetByLabel("When did this bout of pain start?").FillAsync("2025-03-01");
        await page.GetByLabel("How bad is it right now", new() { Exact = false }).FillAsync(pain);
        await page.GetByLabel("Long hours at a desk or screen").CheckAsync();
        await page.GetByLabel("I agree that PainDrip may store", new() { Exact = false }).CheckAsync();
    }

    [Fact]
    public async Task Signup_At375Px_FitsTheScreenWithTheTimeZoneFilledIn()
    {
        var page = await OpenAsync();

        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
        await page.ScreenshotAsync(new() { Path = Shot("form-375.png"), FullPage = true });

        Assert.True(scrollWidth <= innerWidth, $"The signup page scrolls sideways at 375 px: {scrollWidth} > {innerWidth}");
        Assert.Equal("Europe/London", await page.GetByLabel("Your time zone").InputValueAsync());
    }

    [Fact]
    public async Task Signup_ImpossiblePainThenValid_ShowsTheErrorBesideTheFieldThenCheckYourInbox()
    {
        var page = await OpenAsync();
        await FillValidAsync(page, "11");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start my 6-week program" }).ClickAsync();
        var error = page.Locator("[id='profile.painNow-error']");
        await error.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var pain = page.GetByLabel("How bad is it right now", new() { Exact = false });
        var (fieldBox, errorBox) = (await pain.BoundingBoxAsync(), await error.BoundingBoxAsync());
        await page.ScreenshotAsync(new() { Path = Shot("pain-error-375.png"), FullPage = true });

        Assert.Contains("0 (no pain) to 10", await error.TextContentAsync());
        Assert.Equal("true", await pain.GetAttributeAsync("aria-invalid"));
        Assert.Contains("profile.painNow-error", await pain.GetAttributeAsync("aria-describedby"));
        Assert.InRange(errorBox!.Y - (fieldBox!.Y + fieldBox.Height), 0, 40);
        await _app.Ports.Enrollments.DidNotReceiveWithAnyArgs().AddAsync(default!, default!, default, default);

        await pain.FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my 6-week program" }).ClickAsync();
        var done = page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" });
        await done.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await page.ScreenshotAsync(new() { Path = Shot("check-inbox-375.png"), FullPage = true });

        await _app.Ports.Enrollments.ReceivedWithAnyArgs(1).AddAsync(default!, default!, default, default);
        await _app.Ports.Mail.ReceivedWithAnyArgs(1).SendAsync(default!, default);
    }

    [Fact]
    public async Task Signup_RedFlagTicked_ShowsSeekCareAndStoresNothing()
    {
        var page = await OpenAsync();
        await FillValidAsync(page, "4");
        await page.GetByLabel("Pain, pressure or tightness in your chest").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start my 6-week program" }).ClickAsync();
        var care = page.GetByRole(AriaRole.Heading, new() { Name = "Please get medical help now" });
        await care.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await page.ScreenshotAsync(new() { Path = Shot("seek-care-375.png"), FullPage = true });

        Assert.True(await page.Locator("#care-messages li").CountAsync() > 0);
        Assert.False(await page.Locator("#signup").IsVisibleAsync());
        await _app.Ports.Enrollments.DidNotReceiveWithAnyArgs().AddAsync(default!, default!, default, default);
        await _app.Ports.Mail.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }
}
