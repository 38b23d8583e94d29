using Microsoft.Azure.Functions.Worker;
using PainDrip.Functions.Console;
using PainDrip.Functions.Console.SignIn;
using PainDrip.Functions.Pages;

namespace PainDrip.Functions.Functions;

/// <summary>
/// The console's own Entra ID sign-in (Flex Consumption has no App Service Authentication; see infra/README.md):
/// start, callback and sign-out. They answer 404 unless the console's sign-in mode is <see cref="ConsoleSignIn.Entra"/>.
/// </summary>
public sealed class ConsoleSignInFunctions(CoachAccess access, EntraSignIn entra, ConsoleSessions sessions, ILogger<ConsoleSignInFunctions> logger)
{
    /// <summary>GET /api/console/signin[?return=/api/console/…]: off to Entra ID with state, nonce and a PKCE challenge.</summary>
    [Function("ConsoleSignIn")]
    public async Task<IResult> SignInAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/signin")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (access.Mode != ConsoleSignIn.Entra)
        {
            return NotOffered(request);
        }
        try
        {
            var url = await entra.AuthorizeUrlAsync(request.HttpContext, CoachAccess.ReturnPath(request.Query["return"].ToString()), cancellationToken);
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            return TypedResults.Redirect(url);
        }
        catch (Exception error) when (Unreachable(error, cancellationToken))
        {
            return Unavailable(request, error);
        }
    }

    /// <summary>GET /api/console/signin/callback?code=…&amp;state=…: checks the answer and starts the console session.</summary>
    [Function("ConsoleSignInCallback")]
    public async Task<IResult> CallbackAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/signin/callback")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (access.Mode != ConsoleSignIn.Entra)
        {
            return NotOffered(request);
        }
        try
        {
            return await CompleteAsync(request, cancellationToken);
        }
        catch (Exception error) when (Unreachable(error, cancellationToken))
        {
            return Unavailable(request, error);
        }
    }

    private async Task<IResult> CompleteAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (session, failure, returnPath) = await entra.CompleteAsync(request.HttpContext, cancellationToken);
        if (session is null)
        {
            SignInLog.Refused(logger, failure!.Value);
            var status = failure is SignInFailure.NoAttempt or SignInFailure.StateMismatch or SignInFailure.ProviderError
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status401Unauthorized;
            return Page(request, "Sign-in failed", "The sign-in could not be completed. Open the coach console again to retry.", status);
        }
        SignInLog.SignedIn(logger);
        // The session cookie is SameSite=Strict, so a redirect chain started by Entra ID would not carry it: the browser
        // goes on from this page (a same-site navigation) instead.
        request.HttpContext.Response.Headers["Refresh"] = $"0;url={returnPath}";
        return Page(request, "Signed in", "You are signed in to the coach console.", StatusCodes.Status200OK,
            $"  <p><a href=\"{PageShell.Encode(returnPath)}\">Open the coach console</a></p>\n");
    }

    /// <summary>POST /api/console/signout: ends the console session on this browser.</summary>
    [Function("ConsoleSignOut")]
    public IResult SignOut(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "console/signout")] HttpRequest request)
    {
        if (access.Mode != ConsoleSignIn.Entra)
        {
            return NotOffered(request);
        }
        if (!SameOrigin(request))
        {
            return Page(request, "Not signed out", "Sign out from the coach console itself.", StatusCodes.Status403Forbidden);
        }
        sessions.End(request.HttpContext);
        return Page(request, "Signed out", "You are signed out of the coach console.", StatusCodes.Status200OK);
    }

    // The tenant's metadata, keys or token endpoint could not be reached (not the caller's doing).
    private static bool Unreachable(Exception error, CancellationToken cancellationToken) =>
        error is InvalidOperationException or HttpRequestException or IOException
        || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private IResult Unavailable(HttpRequest request, Exception error)
    {
        SignInLog.Unreachable(logger, error);
        return Page(request, "Sign-in unavailable", "Entra ID could not be reached. Try again in a minute.", StatusCodes.Status503ServiceUnavailable);
    }

    // Browsers send Origin on cross-origin POSTs; a sign-out from another site is refused.
    private static bool SameOrigin(HttpRequest request) =>
        request.Headers.Origin.ToString() is not { Length: > 0 } origin
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));

    private static IResult NotOffered(HttpRequest request) =>
        Page(request, "Not found", "Console sign-in is not used here.", StatusCodes.Status404NotFound);

    private static IResult Page(HttpRequest request, string title, string text, int status, string extraHtml = "")
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return HtmlPage.Result(PageShell.Render(title, PageShell.Paragraph(text) + extraHtml), status);
    }
}
