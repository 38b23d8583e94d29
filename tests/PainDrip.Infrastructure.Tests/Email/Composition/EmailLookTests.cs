using Microsoft.Playwright;
using PainDrip.Core.Email;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Email.Composition;

/// <summary>
/// Opens composed emails in a real headless Chromium at phone and desktop widths, checks there is no
/// sideways scrolling and that nothing is fetched from the network, and leaves screenshots in
/// <c>.artifacts/email-look</c> for a person to look at.
/// </summary>
public sealed class EmailLookTests : IAsyncLifetime
{
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
    }

    public static TheoryData<string, int, bool> Views() => new()
    {
        { "lesson", 375, false }, { "lesson", 800, false }, { "checkin", 375, false }, { "checkin", 800, false },
        { "lesson", 375, true }, { "confirmation", 375, false },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Compose_OpenedInChromium_FitsWidthWithoutNetwork(string email, int width, bool dark)
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(request.Url);

        await page.SetContentAsync(Compose(email).Html);

        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
        var path = Path.Combine(RepoPaths.Artifacts("email-look"), $"{email}-{width}{(dark ? "-dark" : "")}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        await context.CloseAsync();

        Assert.True(scrollWidth <= innerWidth, $"{email} at {width}px scrolls sideways: {scrollWidth} > {innerWidth}");
        Assert.Empty(fetched);
        Assert.True(new FileInfo(path).Length > 0);
    }

    private static EmailMessage Compose(string email)
    {
        var composer = EmailTestData.Composer();
        var sam = EmailTestData.Sam();
        return email switch
        {
            "lesson" => composer.Compose(EmailTestData.Lesson(), sam),
            "checkin" => composer.Compose(EmailTestData.Checkin(), sam),
            _ => composer.ComposeConfirmation(sam),
        };
    }
}
