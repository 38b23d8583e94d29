using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Ports;
using PainDrip.Functions.Jobs;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Apis;

public sealed class JobsApiTests : IDisposable
{
    // Exactly what the Functions host posts for a timer binding named "timer".
    private const string HostEnvelope = """
        {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2025-03-03T09:00:00+00:00","Next":"2025-03-03T09:15:00+00:00","LastUpdated":"2025-03-03T09:00:00.0123456+00:00"},"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"SendDueLessons","UtcNow":"2025-03-03T09:15:00.01Z","RandGuid":"0c1c5e3e-1b1a-4f3c-9d5e-6a7b8c9d0e1f"}}}
        """;

    private readonly PainDripAppFactory _factory = new();

    public JobsApiTests()
    {
        _factory.DueIndex.ReadDueAsync(Arg.Any<Instant>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);
        _factory.Inbox.ListPendingAsync(Arg.Any<Instant>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SendDueLessons_HostEnvelope_AnswersTheHostShape()
    {
        using var response = await Post(_factory.CreateClient(), HostEnvelope);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Outputs", "Logs", "ReturnValue"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Empty(json.RootElement.GetProperty("Outputs").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ReturnValue").ValueKind);
        Assert.StartsWith("sent 0, skipped 0", json.RootElement.GetProperty("Logs")[0].GetString());
        await _factory.DueIndex.Received(1).ReadDueAsync(Arg.Any<Instant>(), 100, Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("""{"data":{"TIMER":{"isPastDue":true,"somethingNew":1}},"extra":[1,2]}""")]
    [InlineData("""{"Data":{"timer":{"ScheduleStatus":{"Last":"0001-01-01T00:00:00"},"IsPastDue":true}}}""")]
    public async Task SendDueLessons_OtherCasingMissingAndExtraFields_Tolerated(string body)
    {
        using var response = await Post(_factory.CreateClient(), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("(past due)", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    public async Task SendDueLessons_EmptyEnvelope_StillRuns(string body)
    {
        using var response = await Post(_factory.CreateClient(), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendDueLessons_MalformedJson_400AndNothingRuns()
    {
        using var response = await Post(_factory.CreateClient(), """{"Data": {"timer": """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await _factory.DueIndex.DidNotReceiveWithAnyArgs().ReadDueAsync(default, default, default);
    }

    [Fact]
    public async Task SendDueLessons_RunFails_500WithTheReasonInLogs()
    {
        var scheduler = Substitute.For<ILessonScheduler>();
        scheduler.SendDueAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("boom"));
        using var factory = _factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.RemoveAll<ILessonScheduler>().AddSingleton(scheduler)));

        using var response = await Post(factory.CreateClient(), HostEnvelope);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("SendDueLessons failed: InvalidOperationException", json.RootElement.GetProperty("Logs")[0].GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ReturnValue").ValueKind);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string body) =>
        client.PostAsync("/SendDueLessons", new StringContent(body, Encoding.UTF8, "application/json"));
}
