using Azure.Data.Tables;

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
    /// <c>AccountName=…;AccountKey=…;TableEndpoint=…</c> (Azurite on any port), or <c>UseDevelopmentStorage=true</c>,
    /// which the package fixes to <c>http://127.0.0.1:10002</c>.
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
        if (hasConnection == !string.IsNullOrWhiteSpace(Endpoint))
        {
            return "TableStorageOptions needs exactly one of ConnectionString or Endpoint.";
        }
        if (hasConnection)
        {
            return IsConnectionString(ConnectionString!)
                ? null
                // The package's own message may quote parts of the string, which can hold the account key.
                : "TableStorageOptions:ConnectionString is not a storage connection string "
                  + "(AccountName=…;AccountKey=…;TableEndpoint=…, or UseDevelopmentStorage=true).";
        }
        return Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? null
            : "TableStorageOptions:Endpoint must be an absolute https URL (Entra ID tokens are only sent over TLS).";
    }

    private static bool IsConnectionString(string connectionString)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            return true;
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }
}
