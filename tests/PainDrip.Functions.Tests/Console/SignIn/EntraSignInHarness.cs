using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PainDrip.Functions.Console;
using PainDrip.Functions.Console.SignIn;

namespace PainDrip.Functions.Tests.Console.SignIn;

/// <summary>The real app under the Functions host with only the Entra settings given (sign-in mode left at Auto), its
/// sign-in HTTP client answered by a <see cref="FakeEntraTenant"/>, and a cookie-less HTTPS client so each test
/// says exactly which cookies it sends.</summary>
public sealed class EntraSignInHarness : IAsyncDisposable
{
    public const string Coach = "coach@clinic.test";
    public const string CoachObjectId = "0b0b0b0b-1111-2222-3333-444444444444";

    private readonly ConsoleAppFactory _console;
    private readonly WebApplicationFactory<Program> _app;

    public EntraSignInHarness(string coaches = Coach)
    {
        _console = new ConsoleAppFactory(underFunctionsHost: true, ConsoleSignIn.Auto, coaches);
        _app = _console.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConsoleOptions:Entra:Instance", FakeEntraTenant.Instance);
            builder.UseSetting("ConsoleOptions:Entra:TenantId", FakeEntraTenant.TenantId);
            builder.UseSetting("ConsoleOptions:Entra:ClientId", FakeEntraTenant.ClientId);
            builder.UseSetting("ConsoleOptions:Entra:ClientSecret", FakeEntraTenant.ClientSecret);
            builder.ConfigureTestServices(services => services.AddHttpClient(EntraSignIn.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => Tenant).SetHandlerLifetime(Timeout.InfiniteTimeSpan));
        });
        Client = _app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
    }

    public FakeEntraTenant Tenant { get; } = new();

    public HttpClient Client { get; }

    public ConsoleAppFactory Console => _console;

    /// <summary>GET /api/console/signin: the authorize URL's query and the attempt cookie.</summary>
    public async Task<(Dictionary<string, string> Query, string Cookie, HttpResponseMessage Response)> StartAsync()
    {
        var response = await Client.GetAsync("/api/console/signin?return=%2Fapi%2Fconsole%2Foutcomes");
        var location = response.Headers.Location!;
        var query = location.Query.TrimStart('?').Split('&').Select(pair => pair.Split('='))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p[1]));
        return (query, CookieValue(response, ConsoleSessions.AttemptCookie)!, response);
    }

    /// <summary>The callback with the given state and attempt cookie.</summary>
    public Task<HttpResponseMessage> CallbackAsync(string state, string? attemptCookie, string code = FakeEntraTenant.Code) =>
        SendAsync(HttpMethod.Get, $"/api/console/signin/callback?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}",
            attemptCookie is null ? null : $"{ConsoleSessions.AttemptCookie}={attemptCookie}");

    /// <summary>A full sign-in as <paramref name="user"/>; the session cookie value.</summary>
    public async Task<string> SignInAsync(string user = Coach, string objectId = CoachObjectId)
    {
        var (query, cookie, _) = await StartAsync();
        Tenant.NextIdToken = FakeEntraTenant.IdToken(Tenant.Key, query["nonce"], user, objectId);
        using var callback = await CallbackAsync(query["state"], cookie);
        return CookieValue(callback, ConsoleSessions.SessionCookie) ?? throw new InvalidOperationException($"No session: {callback.StatusCode}");
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? cookie, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return await Client.SendAsync(request);
    }

    /// <summary>The Set-Cookie header for <paramref name="name"/> (whole), or null.</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(value => value.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    /// <summary>The value a response sets for cookie <paramref name="name"/>, or null (a deletion counts as none).</summary>
    public static string? CookieValue(HttpResponseMessage response, string name) =>
        SetCookie(response, name) is { } header && header.Split(';')[0][(name.Length + 1)..] is { Length: > 0 } value ? value : null;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _console.DisposeAsync();
        Tenant.Dispose();
    }
}
