using PainDrip.Functions.Functions;

namespace PainDrip.Functions.Apis;

/// <summary>Routes for <see cref="PreferenceFunctions"/> (functions Preferences, ChangePreferences, Privacy).</summary>
public static class PreferenceApi
{
    public static WebApplication MapPreferenceApi(this WebApplication app)
    {
        app.MapGet("/api/preferences", (HttpRequest request, PreferenceFunctions functions, CancellationToken ct) =>
            functions.ShowPreferencesAsync(request, ct));
        app.MapPost("/api/preferences", (HttpRequest request, PreferenceFunctions functions, CancellationToken ct) =>
            functions.ChangePreferencesAsync(request, ct)).DisableAntiforgery();
        app.MapGet("/api/privacy", (HttpRequest request, PreferenceFunctions functions) => functions.ShowPrivacy(request));
        return app;
    }
}
