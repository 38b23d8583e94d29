using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Functions.Jobs;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Functions;

/// <summary>SendDueLessons through standalone mode's admin route, <c>POST /admin/functions/SendDueLessons</c>.</summary>
public sealed class SchedulerFunctionsTests : IDisposable
{
    private const string Key = "scheduler-test-key";

    private readonly PainDripAppFactory _factory = new();

    public SchedulerFunctionsTests()
    {
        _factory.DueIndex.ReadDueAsync(Arg.Any<Instant>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);
        _factory.Inbox.ListPendingAsync(Arg.Any<Instant>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);
    }

    public void Dispose() => _factory.Dispose();

    // The admin route wants a key, as the host's does (the master key there, OperatorOptions:Key here).
    private HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? app = null)
    {
        var client = (app ?? _factory).WithWebHostBuilder(builder => builder.UseSetting("OperatorOptions:Key", Key)).CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", Key);
        return client;
    }

    [Fact]
    public async Task AdminRoute_NothingDue_202WithTheRunSummary()
    {
        using var response = await PostAsync(Client(), """{"input":""}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("sent").GetInt32());
        Assert.False(json.RootElement.GetProperty("stoppedEarly").GetBoolean());
        await _factory.DueIndex.ReceivedWithAnyArgs(1).ReadDueAsync(default, default, default);
    }

    [Fact]
    public async Task AdminRoute_RunFails_500()
    {
        var scheduler = Substitute.For<ILessonScheduler>();
        scheduler.SendDueAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("boom"));
        using var factory = _factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.RemoveAll<ILessonScheduler>().AddSingleton(scheduler)));

        using var response = await PostAsync(Client(factory), """{"input":""}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task AdminRoute_GetInsteadOfPost_NotRun()
    {
        using var response = await Client().GetAsync("/admin/functions/SendDueLessons");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await _factory.DueIndex.DidNotReceiveWithAnyArgs().ReadDueAsync(default, default, default);
    }

    [Fact]
    public async Task TimerPath_NotAnHttpRoute_404()
    {
        using var response = await PostAsync(Client(), "{}", "/api/SendDueLessons");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string path = "/admin/functions/SendDueLessons") =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
}
