using System.Diagnostics.CodeAnalysis;

namespace PainDrip.Infrastructure.Storage;

/// <summary>The parts of a storage connection string the table client needs.</summary>
public sealed class StorageConnectionString
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    // The emulator's well-known key, published by Microsoft; not a secret.
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnectionString(string accountName, string accountKey, Uri tableEndpoint)
    {
        AccountName = accountName;
        AccountKey = accountKey;
        TableEndpoint = tableEndpoint;
    }

    public string AccountName { get; }

    public string AccountKey { get; }

    /// <summary>Base URL of the table service, without a trailing slash.</summary>
    public Uri TableEndpoint { get; }

    public static StorageConnectionString Parse(string connectionString) =>
        TryParse(connectionString, out var parsed, out var error) ? parsed : throw new FormatException(error);

    public static bool TryParse(
        string connectionString,
        [NotNullWhen(true)] out StorageConnectionString? parsed,
        [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        if (!TrySplit(connectionString, out var parts, out error))
        {
            return false;
        }
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
        {
            parsed = new StorageConnectionString(
                DevelopmentAccountName, DevelopmentAccountKey, new Uri("http://127.0.0.1:10002/devstoreaccount1"));
            return true;
        }
        if (!parts.TryGetValue("AccountName", out var account) || !parts.TryGetValue("AccountKey", out var key))
        {
            error = "The storage connection string needs AccountName and AccountKey (or UseDevelopmentStorage=true).";
            return false;
        }
        if (!IsBase64(key))
        {
            error = "The storage connection string's AccountKey is not valid base64.";
            return false;
        }
        if (!TryEndpoint(parts, account, out var endpoint, out error))
        {
            return false;
        }
        parsed = new StorageConnectionString(account, key, endpoint);
        return true;
    }

    // Keeps the account key out of logs and exception messages.
    public override string ToString() => $"AccountName={AccountName};TableEndpoint={TableEndpoint}";

    private static bool TrySplit(string text, out Dictionary<string, string> parts, [NotNullWhen(false)] out string? error)
    {
        parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        error = null;
        foreach (var segment in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=');
            if (equals <= 0)
            {
                error = "The storage connection string has a part without 'name=value'.";
                return false;
            }
            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }
        if (parts.Count == 0)
        {
            error = "The storage connection string is empty.";
            return false;
        }
        return true;
    }

    private static bool TryEndpoint(
        Dictionary<string, string> parts, string account, out Uri endpoint, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var text = parts.TryGetValue("TableEndpoint", out var explicitEndpoint)
            ? explicitEndpoint
            : $"{parts.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{account}.table."
              + parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        if (Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out endpoint!)
            && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }
        error = "The storage connection string's table endpoint is not an absolute http(s) URL.";
        return false;
    }

    private static bool IsBase64(string value) =>
        value.Length > 0 && Convert.TryFromBase64String(value, new byte[value.Length], out _);
}
