using PainDrip.Functions.Console.Pages;
using PainDrip.Functions.Pages;

namespace PainDrip.Functions.Console;

/// <summary>How console pages are answered: through <see cref="HtmlPage.Result"/> like every other page (so the shared
/// security headers apply), and never cached.</summary>
public static class ConsoleResults
{
    public static IResult Page(HttpRequest request, string html, int statusCode = StatusCodes.Status200OK)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return HtmlPage.Result(html, statusCode);
    }

    public static IResult NotFound(HttpRequest request, Coach coach) =>
        Page(request, ConsoleFrame.Render("Not found", "", coach,
            $"  <p>No such person: they may have been erased. <a href=\"{ConsoleFrame.QueuePath}\">Back to the queue</a></p>\n"),
            StatusCodes.Status404NotFound);
}
