using System.Net;
using NSubstitute;
using PainDrip.Core.Ports;
using PainDrip.Functions.Console;

namespace PainDrip.Functions.Tests.Console;

/// <summary>Who gets into the coach console, through the real pipeline: anonymous and non-coach callers get a
/// 401/403 and no data, and nothing is read for them.</summary>
public sealed class ConsoleAccessTests
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/console" },
        { "GET", $"/api/console/person?id={ConsoleAppFactory.PersonId}" },
        { "GET", "/api/console/outcomes" },
        { "GET", "/api/console/outcomes.csv" },
        { "POST", "/api/console/answer" },
        { "POST", "/api/console/action" },
    };

    private static HttpRequestMessage Request(string method, string path, string? user) =>
        new(new HttpMethod(method), path)
        {
            Content = method == "POST"
                ? new FormUrlEncodedContent([new("id", ConsoleAppFactory.PersonId), new("item", "item-1"), new("action", "stop"), new("note", "x")])
                : null,
            Headers = { { CoachAccess.PrincipalHeader, user is null ? [] : [ConsoleAppFactory.Principal(user)] } },
        };

    private static async Task AssertRefusedAsync(ConsoleAppFactory app, HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain(ConsoleAppFactory.PersonName, await response.Content.ReadAsStringAsync());
        await app.Desk.DidNotReceiveWithAnyArgs().ListOpenAsync(default, default);
        await app.Enrollments.DidNotReceiveWithAnyArgs().FindAsync(default!, default);
        await app.Directory.DidNotReceiveWithAnyArgs().ListAsync(default, default);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ConsoleRoute_StandaloneCallerNotOnLoopback_Returns403AndNoData(string method, string path)
    {
        await using var app = new ConsoleAppFactory(underFunctionsHost: false, ConsoleSignIn.Auto);

        using var response = await app.CreateClient().SendAsync(Request(method, path, user: null));

        await AssertRefusedAsync(app, response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ConsoleRoute_EasyAuthWithoutSignIn_Returns401AndNoData(string method, string path)
    {
        await using var app = new ConsoleAppFactory(underFunctionsHost: true, ConsoleSignIn.EasyAuth);

        using var response = await app.CreateClient().SendAsync(Request(method, path, user: null));

        await AssertRefusedAsync(app, response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ConsoleRoute_SignedInButNotACoach_Returns403AndNoData(string method, string path)
    {
        await using var app = new ConsoleAppFactory(underFunctionsHost: true, ConsoleSignIn.EasyAuth);

        using var response = await app.CreateClient().SendAsync(Request(method, path, user: "patient@example.com"));

        await AssertRefusedAsync(app, response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ConsoleQueue_SignedInCoach_ShowsTheQueue()
    {
        await using var app = new ConsoleAppFactory(underFunctionsHost: true, ConsoleSignIn.EasyAuth);

        using var response = await app.CreateClient().SendAsync(Request("GET", "/api/console", user: "Coach@Clinic.test"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{ConsoleAppFactory.PersonName}: Emergency red flag", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ConsoleQueue_CoachHeaderInStandaloneMode_Returns403()
    {
        // Outside Azure nothing strips the header, so anyone could send it: standalone mode never trusts it.
        await using var app = new ConsoleAppFactory(underFunctionsHost: false, ConsoleSignIn.EasyAuth);

        using var response = await app.CreateClient().SendAsync(Request("GET", "/api/console", user: "coach@clinic.test"));

        await AssertRefusedAsync(app, response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ConsoleQueue_UnderHostWithNoSignInConfigured_Returns403EvenForACoach()
    {
        await using var app = new ConsoleAppFactory(underFunctionsHost: true, ConsoleSignIn.Auto);

        using var response = await app.CreateClient().SendAsync(Request("GET", "/api/console", user: "coach@clinic.test"));

        await AssertRefusedAsync(app, response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ConsoleAction_CoachWithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        await using var app = new ConsoleAppFactory(underFunctionsHost: true, ConsoleSignIn.EasyAuth);

        using var response = await app.CreateClient().SendAsync(Request("POST", "/api/console/action", user: "coach@clinic.test"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await app.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
        await app.Desk.DidNotReceiveWithAnyArgs().ResolveAsync(default!, default!, default);
    }
}
