using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using static PainDrip.Functions.Tests.Support.PersonalDataStores;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class OperatorApiTests : IDisposable
{
    private const string Id = "enr-7";
    private const string OperatorKey = "operator-key-for-tests";

    private readonly PainDripAppFactory _factory = new();
    private readonly IPersonalData _enrollmentRows = Store("Enrollments", Id, Row(("PartitionKey", Id), ("FirstName", "Sam")));
    private readonly IPersonalData _deliveries = Store("Deliveries", Id, Row(("LessonId", "welcome")), Row(("LessonId", "mobility-1")));

    public void Dispose() => _factory.Dispose();

    /// <summary>The app with this test's stores and the given operator settings.</summary>
    private WebApplicationFactory<Program> App(string key = OperatorKey, Action<IServiceCollection>? services = null) =>
        _factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OperatorOptions:Key", key);
            builder.ConfigureTestServices(collection =>
            {
                collection.RemoveAll<IPersonalData>();
                collection.AddSingleton(_enrollmentRows);
                collection.AddSingleton(_deliveries);
                services?.Invoke(collection);
            });
        });

    private HttpClient Client(string key = OperatorKey)
    {
        var client = App().CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", key);
        return client;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private void Known() =>
        _factory.Enrollments.FindAsync(Id, Arg.Any<CancellationToken>()).Returns(Records.Enrollment(Id), (EnrollmentRecord?)null);

    [Fact]
    public async Task Export_GetWithId_ReturnsEveryStoreGrouped()
    {
        using var response = await Client().GetAsync($"/api/export?id={Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Id, json.RootElement.GetProperty("enrollmentId").GetString());
        Assert.True(json.RootElement.TryGetProperty("exportedAt", out _));
        var data = json.RootElement.GetProperty("data");
        Assert.Equal("Sam", data.GetProperty("Enrollments")[0].GetProperty("FirstName").GetString());
        Assert.Equal(2, data.GetProperty("Deliveries").GetArrayLength());
    }

    [Fact]
    public async Task Export_PostWithEmail_LooksTheAddressUp()
    {
        _factory.Enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(Records.Enrollment(Id));

        using var response = await Client().PostAsync("/api/export", Json("""{"email":"sam@example.com"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mobility-1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_UnknownId_Returns404()
    {
        using var response = await Client().GetAsync("/api/export?id=enr-unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Erase_Id_SuppressesTheAddressAndErasesEveryStore()
    {
        Known();

        using var response = await Client().PostAsync("/api/erase", Json($$"""{"id":"{{Id}}"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("suppressed").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("rowsErased").GetProperty("Deliveries").GetInt32());
        await _factory.Suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.Erased, Arg.Any<CancellationToken>());
        await _factory.DueIndex.Received(1).CancelAsync(Id, Arg.Any<CancellationToken>());
        await _enrollmentRows.Received(1).EraseAsync(Id, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Erase_Twice_SecondSays404AndChangesNothing()
    {
        Known();
        var client = Client();

        using var first = await client.PostAsync("/api/erase", Json($$"""{"id":"{{Id}}"}"""));
        using var second = await client.PostAsync("/api/erase", Json($$"""{"id":"{{Id}}"}"""));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Contains("erased already", await second.Content.ReadAsStringAsync());
        await _factory.Suppressions.Received(1).AddAsync(Arg.Any<string>(), Arg.Any<SuppressionReason>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Erase_UnknownEmail_Returns404WithoutEchoingIt()
    {
        using var response = await Client().PostAsync("/api/erase", Json("""{"email":"nobody@example.com"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("nobody@example.com", await response.Content.ReadAsStringAsync());
        await _factory.Suppressions.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
    }
}
