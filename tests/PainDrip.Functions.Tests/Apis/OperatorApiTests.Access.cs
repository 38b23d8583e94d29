using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class OperatorApiTests
{
    public static TheoryData<string, string> OperatorRoutes => new()
    {
        { "GET", "/api/export?id=enr-7" },
        { "POST", "/api/export" },
        { "POST", "/api/erase" },
        { "GET", "/api/coach-queue" },
    };

    private static HttpRequestMessage Request(string method, string path, string? key) =>
        new(new HttpMethod(method), path)
        {
            Content = method == "POST" ? Json("""{"id":"enr-7"}""") : null,
            Headers = { { "x-functions-key", key is null ? [] : [key] } },
        };

    [Theory]
    [MemberData(nameof(OperatorRoutes))]
    public async Task OperatorRoute_NoKeySent_Returns401(string method, string path)
    {
        using var response = await App().CreateClient().SendAsync(Request(method, path, key: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await _deliveries.DidNotReceiveWithAnyArgs().ExportAsync(default!, default);
        await _deliveries.DidNotReceiveWithAnyArgs().EraseAsync(default!, default);
    }

    [Theory]
    [MemberData(nameof(OperatorRoutes))]
    public async Task OperatorRoute_WrongKey_Returns401(string method, string path)
    {
        using var response = await App().CreateClient().SendAsync(Request(method, path, "operator-key-for-test"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(OperatorRoutes))]
    public async Task OperatorRoute_RightKey_IsServed(string method, string path)
    {
        Known();

        using var response = await App().CreateClient().SendAsync(Request(method, path, OperatorKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OperatorRoute_NoKeyConfiguredRemoteCaller_Returns403()
    {
        var app = App(key: "", services: services => services.AddSingleton<IStartupFilter>(new FromAddress("203.0.113.9")));

        using var response = await app.CreateClient().GetAsync("/api/coach-queue");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OperatorRoute_NoKeyConfiguredLoopbackCaller_IsServed()
    {
        var app = App(key: "", services: services => services.AddSingleton<IStartupFilter>(new FromAddress("127.0.0.1")));

        using var response = await app.CreateClient().GetAsync("/api/coach-queue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminRoute_NoKeyConfiguredCallerElsewhere_403AndTimerNotRun()
    {
        var app = App(key: "", services: services => services.AddSingleton<IStartupFilter>(new FromAddress("192.0.2.7")));

        using var response = await app.CreateClient().PostAsync("/admin/functions/SendDueLessons", content: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await _factory.DueIndex.DidNotReceiveWithAnyArgs().ReadDueAsync(default, default, default);
    }

    /// <summary>Makes every request look as if it came from <paramref name="address"/> (the test server sets none).</summary>
    private sealed class FromAddress(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextStep) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return nextStep(context);
            });
            next(app);
        };
    }
}
