namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// Where Table Storage lives: either a connection string (Azurite, account keys) or an
/// endpoint reached with Entra ID (managed identity in Azure). Bound from the section
/// "TableStorageOptions".
/// </summary>
public sealed class TableStorageOptions
{
    public const string SectionName = nameof(TableStorageOptions);

    /// <summary>
    /// <c>UseDevelopmentStorage=true</c>, or <c>AccountName=…;AccountKey=…</c> with
    /// <c>TableEndpoint</c> or <c>DefaultEndpointsProtocol</c>/<c>EndpointSuffix</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Table endpoint such as <c>https://acct.table.core.windows.net</c>, used with Entra ID.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Why these options cannot work, or null when they can.</summary>
    public string? Problem()
    {
        var hasConnection = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasEndpoint = !string.IsNullOrWhiteSpace(Endpoint);
        if (hasConnection == hasEndpoint)
        {
            return "TableStorageOptions needs exactly one of ConnectionString or Endpoint.";
        }
        if (hasConnection)
        {
            return StorageConnectionString.TryParse(ConnectionString!, out _, out var error) ? null : error;
        }
        return Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? null
            : "TableStorageOptions:Endpoint must be an absolute https URL (Entra ID tokens are only sent over TLS).";
    }
}
