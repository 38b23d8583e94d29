using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PainDrip.Functions.Tests.Console.SignIn;

/// <summary>
/// A stand-in Entra ID tenant behind the app's sign-in HTTP client: OpenID configuration, signing keys (a locally
/// made RSA key) and a token endpoint that redeems one code for whatever ID token the test put up.
/// </summary>
public sealed class FakeEntraTenant : HttpMessageHandler
{
    public const string Instance = "https://login.test/";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    public const string ClientSecret = "test-client-secret";
    public const string Code = "the-authorization-code";
    public const string Issuer = Instance + TenantId + "/v2.0";

    private readonly RSA _rsa = RSA.Create(2048);

    public RsaSecurityKey Key { get; }

    /// <summary>The ID token the token endpoint answers with.</summary>
    public string? NextIdToken { get; set; }

    /// <summary>When set, every endpoint answers 503.</summary>
    public bool Down { get; set; }

    /// <summary>The form of the last token request.</summary>
    public Dictionary<string, string>? LastTokenRequest { get; private set; }

    public FakeEntraTenant() => Key = new RsaSecurityKey(_rsa) { KeyId = "test-key-1" };

    /// <summary>An ID token; by default valid for this tenant and app, signed with <see cref="Key"/>.</summary>
    public static string IdToken(SecurityKey key, string nonce, string user, string objectId,
        string issuer = Issuer, string audience = ClientId, DateTime? expires = null)
    {
        var exp = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddHours(-1),
            NotBefore = exp.AddHours(-1),
            Expires = exp,
            Claims = new Dictionary<string, object> { ["nonce"] = nonce, ["oid"] = objectId, ["preferred_username"] = user, ["tid"] = TenantId },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (Down)
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }
        if (path == $"/{TenantId}/v2.0/.well-known/openid-configuration")
        {
            return Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = $"{Instance}{TenantId}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{Instance}{TenantId}/oauth2/v2.0/token",
                ["jwks_uri"] = $"{Instance}{TenantId}/discovery/v2.0/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        }
        if (path == $"/{TenantId}/discovery/v2.0/keys")
        {
            var parameters = _rsa.ExportParameters(false);
            return Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = Key.KeyId, n = Base64Url.EncodeToString(parameters.Modulus), e = Base64Url.EncodeToString(parameters.Exponent) } } });
        }
        if (path == $"/{TenantId}/oauth2/v2.0/token" && request.Method == HttpMethod.Post)
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            LastTokenRequest = form.Split('&').Select(pair => pair.Split('=')).ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p[1]));
            return LastTokenRequest.GetValueOrDefault("code") == Code && NextIdToken is not null
                ? Json(new { token_type = "Bearer", id_token = NextIdToken, expires_in = 3600 })
                : new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("{\"error\":\"invalid_grant\"}", Encoding.UTF8, "application/json") };
        }
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(object body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rsa.Dispose();
        }
        base.Dispose(disposing);
    }
}
