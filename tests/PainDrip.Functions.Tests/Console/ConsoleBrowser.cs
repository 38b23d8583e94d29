using System.Text.Json;
using Microsoft.Playwright;
using PainDrip.Functions.Tests.EndToEnd;

namespace PainDrip.Functions.Tests.Console;

/// <summary>Helpers for the console journeys: a page at a width, screenshots under /tmp/console-shots, maildev look-ups.</summary>
internal static class ConsoleBrowser
{
    public const string ShotsFolder = "/tmp/console-shots";

    public static async Task<IPage> OpenAsync(IBrowser browser, string url, int width)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    /// <summary>Fails when the page scrolls sideways, then saves a full-page screenshot.</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
        Assert.True(scrollWidth <= innerWidth, $"{name} scrolls sideways: {scrollWidth} > {innerWidth}");
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, name), FullPage = true });
    }

    /// <summary>Waits until maildev holds an email to <paramref name="to"/> that matches, and returns its JSON.</summary>
    public static async Task<JsonElement> WaitForEmailAsync(ServiceApp app, string to, Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var found = (await app.Maildev.EmailsAsync()).Where(mail => ReceivedEmail.From(mail).To == to).LastOrDefault(match);
            if (found.ValueKind == JsonValueKind.Object)
            {
                return found;
            }
            Assert.True(DateTime.UtcNow < deadline, $"No matching email to {to} arrived.");
            await Task.Delay(100);
        }
    }

    public static string? Header(JsonElement mail, string name) =>
        mail.GetProperty("headers").TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Array ? value[0].GetString() : value.GetString()
            : null;
}
