using System.Buffers.Text;
using System.Net;
using System.Text;
using NSubstitute;
using PainDrip.Functions.Console.SignIn;

namespace PainDrip.Functions.Tests.Console.SignIn;

/// <summary>Who the console lets in once the app signs people in itself: the session cookie must be the app's own,
/// unaltered, and name someone on the coach list.</summary>
public sealed class EntraSessionAccessTests
{
    private static string Session(string value) => $"{ConsoleSessions.SessionCookie}={value}";

    [Fact]
    public async Task ConsoleQueue_SignedInCoach_ShowsTheQueue()
    {
        await using var harness = new EntraSignInHarness();
        var session = await harness.SignInAsync();

        using var response = await harness.SendAsync(HttpMethod.Get, "/api/console", Session(session));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConsoleAppFactory.PersonName, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ConsoleQueue_CoachListedByObjectId_ShowsTheQueue()
    {
        await using var harness = new EntraSignInHarness(coaches: EntraSignInHarness.CoachObjectId.ToUpperInvariant());
        var session = await harness.SignInAsync(user: "renamed@clinic.test");

        using var response = await harness.SendAsync(HttpMethod.Get, "/api/console", Session(session));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ConsoleQueue_SignedInNonCoach_Returns403AndNoData()
    {
        await using var harness = new EntraSignInHarness();
        var session = await harness.SignInAsync(user: "visitor@clinic.test", objectId: "99999999-0000-0000-0000-000000000000");

        using var response = await harness.SendAsync(HttpMethod.Get, "/api/console", Session(session));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(ConsoleAppFactory.PersonName, await response.Content.ReadAsStringAsync());
        await harness.Console.Desk.DidNotReceiveWithAnyArgs().ListOpenAsync(default, default);
    }

    [Fact]
    public async Task ConsoleQueue_NoSession_RedirectsToSignInWithReturnPath()
    {
        await using var harness = new EntraSignInHarness();

        using var response = await harness.SendAsync(HttpMethod.Get, "/api/console/outcomes", cookie: null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/console/signin?return=%2Fapi%2Fconsole%2Foutcomes", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ConsoleQueue_AlteredSessionCookie_RedirectsToSignIn()
    {
        await using var harness = new EntraSignInHarness();
        var session = await harness.SignInAsync(user: "visitor@clinic.test", objectId: "99999999-0000-0000-0000-000000000000");
        var (body, mac) = (session.Split('.')[0], session.Split('.')[1]);
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(body)).Replace("visitor@clinic.test", EntraSignInHarness.Coach, StringComparison.Ordinal);
        var forged = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json))}.{mac}";

        using var response = await harness.SendAsync(HttpMethod.Get, "/api/console", Session(forged));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await harness.Console.Desk.DidNotReceiveWithAnyArgs().ListOpenAsync(default, default);
    }

    [Fact]
    public async Task ConsoleAction_PostWithoutSession_Returns401()
    {
        await using var harness = new EntraSignInHarness();

        using var response = await harness.SendAsync(HttpMethod.Post, "/api/console/action", cookie: null,
            new FormUrlEncodedContent([new("id", ConsoleAppFactory.PersonId), new("item", "item-1"), new("action", "stop")]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_SignedIn_DeletesTheSessionCookie()
    {
        await using var harness = new EntraSignInHarness();
        var session = await harness.SignInAsync();

        using var response = await harness.SendAsync(HttpMethod.Post, "/api/console/signout", Session(session), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deletion = EntraSignInHarness.SetCookie(response, ConsoleSessions.SessionCookie)!;
        Assert.StartsWith($"{ConsoleSessions.SessionCookie}=;", deletion);
        Assert.Contains("expires=Thu, 01 Jan 1970", deletion, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_ConsoleNotInEntraMode_Returns404()
    {
        await using var app = new ConsoleAppFactory(underFunctionsHost: true, PainDrip.Functions.Console.ConsoleSignIn.Auto);

        using var response = await app.CreateClient().GetAsync("/api/console/signin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
