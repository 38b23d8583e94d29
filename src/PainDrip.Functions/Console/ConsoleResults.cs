using PainDrip.Functions.Console.Pages;

namespace PainDrip.Functions.Console;

/// <summary>How console pages are answered: as HTML like every other page (the same result type, so the shared
/// security headers apply), never cached, never framed by others.</summary>
public static class ConsoleResults
{
    public static IResult Page(HttpRequest request, string html, int statusCode = StatusCodes.Status200OK)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public static IResult NotFound(HttpRequest request, Coach coach) =>
        Page(request, ConsoleFrame.Render("Not found", "", coach,
            $"  <p>No such person: they may have been erased. <a href=\"{ConsoleFrame.QueuePath}\">Back to the queue</a></p>\n"),
            StatusCodes.Status404NotFound);
}
