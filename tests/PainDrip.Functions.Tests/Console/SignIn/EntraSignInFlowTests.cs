using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using PainDrip.Functions.Console.SignIn;

namespace PainDrip.Functions.Tests.Console.SignIn;

/// <summary>The console's own Entra ID sign-in through the real pipeline, against a fake tenant: the redirect, the code
/// redemption and the ID token checks. Any failed check leaves the browser with no session.</summary>
public sealed class EntraSignInFlowTests
{
    [Fact]
    public async Task SignIn_Configured_RedirectsToTenantWithPkceStateNonceAndLaxAttemptCookie()
    {
        await using var harness = new EntraSignInHarness();

        var (query, _, response) = await harness.StartAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{FakeEntraTenant.Instance}{FakeEntraTenant.TenantId}/oauth2/v2.0/authorize", response.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal(FakeEntraTenant.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("https://localhost/api/console/signin/callback", query["redirect_uri"]);
        Assert.True(query["state"].Length >= 32 && query["nonce"].Length >= 32 && query["code_challenge"].Length == 43);
        var cookie = EntraSignInHarness.SetCookie(response, ConsoleSessions.AttemptCookie)!.ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Fact]
    public async Task Callback_ValidIdToken_RedeemsWithVerifierAndSetsStrictSession()
    {
        await using var harness = new EntraSignInHarness();
        var (query, attempt, _) = await harness.StartAsync();
        harness.Tenant.NextIdToken = FakeEntraTenant.IdToken(harness.Tenant.Key, query["nonce"], EntraSignInHarness.Coach, EntraSignInHarness.CoachObjectId);

        using var response = await harness.CallbackAsync(query["state"], attempt);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0;url=/api/console/outcomes", response.Headers.GetValues("Refresh").Single());
        var form = harness.Tenant.LastTokenRequest!;
        Assert.Equal(query["code_challenge"], Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"]))));
        Assert.Equal(FakeEntraTenant.ClientSecret, form["client_secret"]);
        Assert.Equal("authorization_code", form["grant_type"]);
        var session = EntraSignInHarness.SetCookie(response, ConsoleSessions.SessionCookie)!.ToLowerInvariant();
        Assert.Contains("httponly", session);
        Assert.Contains("secure", session);
        Assert.Contains("samesite=strict", session);
        Assert.Contains("path=/api/console", session);
    }

    public static TheoryData<string> BadTokens => ["wrong audience", "wrong issuer", "bad signature", "expired", "wrong nonce"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Callback_InvalidIdToken_Returns401AndNoSession(string fault)
    {
        await using var harness = new EntraSignInHarness();
        var (query, attempt, _) = await harness.StartAsync();
        using var otherKey = RSA.Create(2048);
        var key = fault == "bad signature" ? new RsaSecurityKey(otherKey) { KeyId = harness.Tenant.Key.KeyId } : (SecurityKey)harness.Tenant.Key;
        harness.Tenant.NextIdToken = FakeEntraTenant.IdToken(key,
            fault == "wrong nonce" ? "another-nonce-0123456789abcdef0123456789" : query["nonce"],
            EntraSignInHarness.Coach, EntraSignInHarness.CoachObjectId,
            issuer: fault == "wrong issuer" ? "https://login.test/99999999-2222-3333-4444-555555555555/v2.0" : FakeEntraTenant.Issuer,
            audience: fault == "wrong audience" ? "some-other-app" : FakeEntraTenant.ClientId,
            expires: fault == "expired" ? DateTime.UtcNow.AddMinutes(-10) : null);

        using var response = await harness.CallbackAsync(query["state"], attempt);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(EntraSignInHarness.CookieValue(response, ConsoleSessions.SessionCookie));
    }

    [Fact]
    public async Task Callback_StateMismatch_Returns400WithoutRedeeming()
    {
        await using var harness = new EntraSignInHarness();
        var (query, attempt, _) = await harness.StartAsync();
        harness.Tenant.NextIdToken = FakeEntraTenant.IdToken(harness.Tenant.Key, query["nonce"], EntraSignInHarness.Coach, EntraSignInHarness.CoachObjectId);

        using var response = await harness.CallbackAsync(query["state"][..^1] + "x", attempt);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(EntraSignInHarness.CookieValue(response, ConsoleSessions.SessionCookie));
        Assert.Null(harness.Tenant.LastTokenRequest);
    }

    [Fact]
    public async Task Callback_WithoutAttemptCookie_Returns400()
    {
        await using var harness = new EntraSignInHarness();
        var (query, _, _) = await harness.StartAsync();

        using var response = await harness.CallbackAsync(query["state"], attemptCookie: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(EntraSignInHarness.CookieValue(response, ConsoleSessions.SessionCookie));
    }

    [Fact]
    public async Task Callback_TokenEndpointRefusesCode_Returns401AndNoSession()
    {
        await using var harness = new EntraSignInHarness();
        var (query, attempt, _) = await harness.StartAsync();
        harness.Tenant.NextIdToken = FakeEntraTenant.IdToken(harness.Tenant.Key, query["nonce"], EntraSignInHarness.Coach, EntraSignInHarness.CoachObjectId);

        using var response = await harness.CallbackAsync(query["state"], attempt, code: "a-stale-code");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(EntraSignInHarness.CookieValue(response, ConsoleSessions.SessionCookie));
    }
}
