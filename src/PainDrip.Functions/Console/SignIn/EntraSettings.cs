namespace PainDrip.Functions.Console.SignIn;

/// <summary>The console's own Entra ID sign-in (section <c>ConsoleOptions:Entra</c>): an app registration in one tenant.
/// (Not named *Options: it is bound inside <see cref="ConsoleOptions"/>, not from a section of its own.)</summary>
public sealed class EntraSettings
{
    /// <summary>The Entra ID cloud instance.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The directory (tenant) id of the app registration; only that tenant's users can sign in.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The application (client) id of the app registration.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The app registration's client secret (in Azure a Key Vault reference).</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>The registered redirect URI; empty uses <c>https://&lt;this host&gt;/api/console/signin/callback</c>.</summary>
    public string RedirectUri { get; set; } = "";

    /// <summary>Whether the tenant, client id and secret are all set.</summary>
    /// <remarks>A Key Vault reference the platform could not resolve stays as its <c>@Microsoft.KeyVault(</c> text: not set.</remarks>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret)
        && !ClientSecret.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant's v2.0 authority.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId.Trim()}/v2.0";

    /// <summary>Where the tenant publishes its OpenID configuration (endpoints, issuer, signing keys).</summary>
    public string MetadataAddress => $"{Authority}/.well-known/openid-configuration";
}
