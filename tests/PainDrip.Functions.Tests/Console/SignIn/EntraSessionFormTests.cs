using System.Net;
using System.Text.RegularExpressions;
using PainDrip.Functions.Console;
using PainDrip.Functions.Console.SignIn;

namespace PainDrip.Functions.Tests.Console.SignIn;

/// <summary>Console forms under Entra sign-in: the form token is bound to the session it was issued in; and the
/// sign-in routes answer junk with 4xx.</summary>
public sealed partial class EntraSessionFormTests
{
    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();

    private static async Task<(string Csrf, string FormCookie)> PersonPageAsync(EntraSignInHarness harness, string session)
    {
        using var page = await harness.SendAsync(HttpMethod.Get, $"/api/console/person?id={ConsoleAppFactory.PersonId}",
            $"{ConsoleSessions.SessionCookie}={session}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csrf = CsrfField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        return (csrf, EntraSignInHarness.CookieValue(page, ConsoleAntiforgery.CookieName)!);
    }

    private static Task<HttpResponseMessage> PostActionAsync(EntraSignInHarness harness, string session, string formCookie, string csrf) =>
        harness.SendAsync(HttpMethod.Post, "/api/console/action",
            $"{ConsoleSessions.SessionCookie}={session}; {ConsoleAntiforgery.CookieName}={formCookie}",
            new FormUrlEncodedContent([new("csrf", csrf), new("id", ConsoleAppFactory.PersonId), new("item", "item-1"), new("action", "no-such-action"), new("note", "checked")]));

    [Fact]
    public async Task ConsoleAction_FormTokenFromAnotherSessionOfSameCoach_IsRefusedAsForged()
    {
        await using var harness = new EntraSignInHarness();
        var first = await harness.SignInAsync();
        var second = await harness.SignInAsync();
        var (csrf, formCookie) = await PersonPageAsync(harness, first);

        using var sameSession = await PostActionAsync(harness, first, formCookie, csrf);
        using var otherSession = await PostActionAsync(harness, second, formCookie, csrf);

        // Same session: past the form check to the action (which refuses the unknown action). Other session: stopped at the form check.
        Assert.Contains("Unknown action.", await sameSession.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, otherSession.StatusCode);
        var refusal = await otherSession.Content.ReadAsStringAsync();
        Assert.Contains("did not come from the console", refusal);
        Assert.DoesNotContain("Unknown action.", refusal);
    }

    public static TheoryData<string> JunkCallbacks =>
    [
        "/api/console/signin/callback",
        "/api/console/signin/callback?error=access_denied&error_description=%00%ED%A0%80",
        "/api/console/signin/callback?code=" + new string('A', 20_000) + "&state=x",
        "/api/console/signin/callback?state=%ff%fe&code=%ED%A0%80",
        "/api/console/signin?return=https%3A%2F%2Fevil.example%2F",
        "/api/console/signin?return=%2F%2Fevil.example",
    ];

    [Theory]
    [MemberData(nameof(JunkCallbacks))]
    public async Task SignInRoutes_Junk_AnswerWithoutServerErrorOrSession(string path)
    {
        await using var harness = new EntraSignInHarness();

        using var response = await harness.SendAsync(HttpMethod.Get, path,
            $"{ConsoleSessions.AttemptCookie}=eyJ9.junk; {ConsoleSessions.SessionCookie}=%00");

        Assert.True((int)response.StatusCode is >= 300 and < 500, $"{path}: {(int)response.StatusCode}");
        Assert.Null(EntraSignInHarness.CookieValue(response, ConsoleSessions.SessionCookie));
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith($"{FakeEntraTenant.Instance}{FakeEntraTenant.TenantId}/", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task SignIn_TenantUnreachable_Returns503AndNoAttemptCookie()
    {
        await using var harness = new EntraSignInHarness();
        harness.Tenant.Down = true;

        using var response = await harness.SendAsync(HttpMethod.Get, "/api/console/signin", cookie: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(EntraSignInHarness.CookieValue(response, ConsoleSessions.AttemptCookie));
    }

    [Fact]
    public async Task SignOut_FromAnotherOrigin_Returns403AndKeepsTheSession()
    {
        await using var harness = new EntraSignInHarness();
        var session = await harness.SignInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/console/signout") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("Cookie", $"{ConsoleSessions.SessionCookie}={session}");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await harness.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(EntraSignInHarness.SetCookie(response, ConsoleSessions.SessionCookie));
    }

    [Theory]
    [InlineData("https://evil.example/", "/api/console")]
    [InlineData("//evil.example/api/console", "/api/console")]
    [InlineData("/api/console/signin/callback", "/api/console")]
    [InlineData("/api/console/person?id=enr-1", "/api/console/person?id=enr-1")]
    public void ReturnPath_Requested_StaysInsideTheConsole(string requested, string expected)
    {
        Assert.Equal(expected, CoachAccess.ReturnPath(requested));
    }
}
