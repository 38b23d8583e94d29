using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Apis;

public sealed class DemoApiTests : IDisposable
{
    private static readonly TimeSpan TwoDaysThreeHours = new(2, 3, 0, 0);
    private readonly PainDripAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    // The dev route sits behind the operator filter too, so these tests configure a key and send it.
    private WebApplicationFactory<Program> App(string environment) => _factory.WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("OperatorOptions:Key", "demo-key");
    });

    private static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<Program> app, string path)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", "demo-key");
        return await client.PostAsync(path, content: null);
    }

    [Fact]
    public async Task Advance_Development_MovesTimeProviderAndClockTogether()
    {
        var app = App("Development");
        var before = DateTimeOffset.UtcNow;

        using var response = await PostAsync(app, "/api/dev/advance?days=2&hours=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var time = app.Services.GetRequiredService<TimeProvider>();
        var clock = app.Services.GetRequiredService<IClock>();
        Assert.Equal(TwoDaysThreeHours, Assert.IsType<DemoClock>(time).Offset);
        Assert.True(time.GetUtcNow() >= before + TwoDaysThreeHours);
        Assert.True(clock.GetCurrentInstant() >= Instant.FromDateTimeOffset(before + TwoDaysThreeHours));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.03:00:00", json.RootElement.GetProperty("offset").GetString());
        var reported = DateTimeOffset.Parse(json.RootElement.GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(reported >= before + TwoDaysThreeHours);
    }

    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    public async Task Advance_NotDevelopment_IsNotMappedAndTheClockIsTheSystemClock(string environment)
    {
        var app = App(environment);

        using var response = await PostAsync(app, "/api/dev/advance?days=2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Same(TimeProvider.System, app.Services.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("days=-1")]
    [InlineData("days=two")]
    [InlineData("hours=1.5")]
    [InlineData("days=401")]
    public async Task Advance_BadAmount_Returns400AndLeavesTheClock(string query)
    {
        var app = App("Development");

        using var response = await PostAsync(app, $"/api/dev/advance?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TimeSpan.Zero, Assert.IsType<DemoClock>(app.Services.GetRequiredService<TimeProvider>()).Offset);
    }

    [Fact]
    public async Task Advance_WithoutOperatorKey_Returns401()
    {
        using var response = await App("Development").CreateClient().PostAsync("/api/dev/advance?days=1", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
