using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PainDrip.Functions.Console.SignIn;

/// <summary>
/// OpenID Connect authorization-code flow with PKCE against the tenant: the authorize URL, the code redemption, and
/// the ID token check (signature against the tenant's published keys, issuer, audience, lifetime, nonce), using
/// Microsoft.IdentityModel for the protocol messages, metadata, keys and token validation.
/// </summary>
public sealed class EntraSignIn(
    IOptions<ConsoleOptions> options,
    IConfigurationManager<OpenIdConnectConfiguration> metadata,
    IHttpClientFactory clients,
    ConsoleSessions sessions)
{
    /// <summary>The named HTTP client for the tenant's endpoints.</summary>
    public const string HttpClientName = "PainDrip.EntraSignIn";

    /// <summary>The callback path registered as the redirect URI.</summary>
    public const string CallbackPath = "/api/console/signin/callback";

    private static readonly JsonWebTokenHandler Tokens = new();

    private EntraSettings Entra => options.Value.Entra;

    /// <summary>The URL to send the browser to, having stored a fresh attempt in its cookie.</summary>
    public async Task<string> AuthorizeUrlAsync(HttpContext http, string returnPath, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var flow = sessions.BeginAttempt(http, returnPath);
        var message = new OpenIdConnectMessage
        {
            IssuerAddress = configuration.AuthorizationEndpoint,
            ClientId = Entra.ClientId,
            RedirectUri = RedirectUri(http),
            ResponseType = OpenIdConnectResponseType.Code,
            ResponseMode = OpenIdConnectResponseMode.Query,
            Scope = "openid profile",
            State = flow.State,
            Nonce = flow.Nonce,
        };
        message.SetParameter("code_challenge", Challenge(flow.Verifier));
        message.SetParameter("code_challenge_method", "S256");
        return message.CreateAuthenticationRequestUrl();
    }

    /// <summary>Finishes the attempt: a session for the signed-in user, or why not (and then no session).</summary>
    public async Task<(ConsoleSession? Session, SignInFailure? Failure, string ReturnPath)> CompleteAsync(
        HttpContext http, CancellationToken cancellationToken)
    {
        var flow = sessions.TakeAttempt(http);
        var query = http.Request.Query;
        if (flow is null)
        {
            return (null, SignInFailure.NoAttempt, "");
        }
        if (!Same(query["state"].ToString(), flow.State))
        {
            return (null, SignInFailure.StateMismatch, "");
        }
        var code = query["code"].ToString();
        if (code.Length is 0 or > 8192 || query.ContainsKey("error"))
        {
            return (null, SignInFailure.ProviderError, "");
        }
        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var idToken = await RedeemAsync(configuration, http, code, flow.Verifier, cancellationToken);
        if (idToken is null)
        {
            return (null, SignInFailure.Redemption, "");
        }
        var (user, failure) = await ValidateAsync(configuration, idToken, flow.Nonce);
        return user is null
            ? (null, failure, "")
            : (sessions.Start(http, user.Value.ObjectId, user.Value.UserName), null, flow.ReturnPath);
    }

    private async Task<((string ObjectId, string UserName)? User, SignInFailure? Failure)> ValidateAsync(
        OpenIdConnectConfiguration configuration, string idToken, string nonce)
    {
        var result = await Tokens.ValidateTokenAsync(idToken, Parameters(configuration));
        if (!result.IsValid)
        {
            return (null, SignInFailure.InvalidToken);
        }
        if (!Same(Claim(result, "nonce"), nonce) || Claim(result, "oid") is not { Length: > 0 } objectId)
        {
            return (null, SignInFailure.NonceMismatch);
        }
        return ((objectId, Claim(result, "preferred_username")), null);
    }

    private async Task<string?> RedeemAsync(
        OpenIdConnectConfiguration configuration, HttpContext http, string code, string verifier, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Entra.ClientId,
            ["client_secret"] = Entra.ClientSecret,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri(http),
            ["code_verifier"] = verifier,
            ["scope"] = "openid profile",
        });
        using var response = await clients.CreateClient(HttpClientName).PostAsync(configuration.TokenEndpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        try
        {
            var message = new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(cancellationToken));
            return string.IsNullOrEmpty(message.IdToken) ? null : message.IdToken;
        }
        catch (Exception error) when (error is ArgumentException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuer = configuration.Issuer,
        ValidAudience = Entra.ClientId,
        IssuerSigningKeys = configuration.SigningKeys,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = TimeSpan.FromMinutes(2),
    };

    private string RedirectUri(HttpContext http) =>
        Entra.RedirectUri.Trim() is { Length: > 0 } configured ? configured : $"https://{http.Request.Host.Value}{CallbackPath}";

    private static string Claim(TokenValidationResult result, string type) =>
        result.Claims.TryGetValue(type, out var value) && value is string text ? text : "";

    private static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static bool Same(string a, string b) =>
        a.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
