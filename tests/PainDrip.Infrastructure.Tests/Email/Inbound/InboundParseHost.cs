using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Inbound;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Email.Inbound;

/// <summary>A real Kestrel app on a loopback port whose one route guards, then reads, an Inbound Parse post.</summary>
public sealed class InboundParseHost : IAsyncLifetime
{
    public const string Secret = "parse-secret-3f9a";
    public const long MaxBodyBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private WebApplication? _app;

    public HttpClient Client { get; } = new();

    public Uri Url(string? key = Secret) =>
        new(Client.BaseAddress!, key is null ? "inbound" : $"inbound?key={Uri.EscapeDataString(key)}");

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.Configure<InboundOptions>(o => (o.Secret, o.MaxBodyBytes) = (Secret, MaxBodyBytes));
        builder.Services.AddSingleton<InboundParseReader>();
        _app = builder.Build();
        _app.MapPost("/inbound", HandleAsync);
        await _app.StartAsync();
        Client.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Posts the payload with the right secret and returns the decoded message, failing on any non-2xx.</summary>
    public async Task<InboundMessage> PostAsync(HttpContent payload)
    {
        using var response = await Client.PostAsync(Url(), payload);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<InboundMessage>(Json))!;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, InboundParseReader reader)
    {
        if (!InboundParseGuard.IsAuthorized(request, Secret))
        {
            return Results.Unauthorized();
        }
        var result = await reader.ReadAsync(request, request.HttpContext.RequestAborted);
        return result.Message is { } message
            ? Results.Json(message, Json)
            : Results.Problem(result.Problem, statusCode: result.StatusCode);
    }
}
