using Microsoft.Azure.Functions.Worker;
using PainDrip.Functions.Apis;
using PainDrip.Functions.Pages;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Functions;

/// <summary>The person's own controls: the "change when emails arrive" page (GET shows, POST changes) and the privacy page.</summary>
public sealed class PreferenceFunctions(PreferenceService preferences, PrivacyPage privacy)
{
    /// <summary>GET /api/preferences?token=…: the page with the current settings; changes nothing (scanners prefetch links).</summary>
    [Function("Preferences")]
    public async Task<IResult> ShowPreferencesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "preferences")] HttpRequest request, CancellationToken cancellationToken)
    {
        var token = request.Query["token"].FirstOrDefault();
        return Render(request, await preferences.ShowAsync(token, cancellationToken), token);
    }

    /// <summary>POST /api/preferences?token=… with <c>action</c> and its fields: 200 with the saved change, 400 with
    /// per-field errors (nothing written), 400/410 for a link that does not work.</summary>
    [Function("ChangePreferences")]
    public async Task<IResult> ChangePreferencesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "preferences")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (token, form) = await PreferenceRequest.ReadAsync(request, cancellationToken);
        return Render(request, await preferences.ChangeAsync(token, form, cancellationToken), token);
    }

    /// <summary>GET /api/privacy: who runs the service, what is stored and for how long, and how to get a copy or erase it.</summary>
    [Function("Privacy")]
    public IResult ShowPrivacy([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "privacy")] HttpRequest request) => HtmlPage.Result(privacy.ToHtml());

    private static IResult Render(HttpRequest request, PreferenceOutcome outcome, string? token)
    {
        // The page's URL carries a personal token: keep it out of caches and referrers.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
        if (outcome is PreferenceOutcome.LinkRefused refused)
        {
            var page = PreferenceLinkPages.For(refused.Outcome);
            return HtmlPage.Result(page.ToHtml(), page.StatusCode);
        }
        var action = $"/api/preferences?token={Uri.EscapeDataString(token ?? "")}";
        var status = outcome is PreferenceOutcome.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return HtmlPage.Result(PreferencesPage.ToHtml(outcome, action), status);
    }
}
