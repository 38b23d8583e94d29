using Azure.Core;

namespace PainDrip.Infrastructure.Storage;

/// <summary>Pipeline settings for the table clients: service version, retries, transport.</summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>The REST version sent as <c>x-ms-version</c>; Azurite accepts it.</summary>
    public const string DefaultServiceVersion = "2019-02-02";

    public TableClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 4;
        Retry.Delay = TimeSpan.FromMilliseconds(400);
        Retry.MaxDelay = TimeSpan.FromSeconds(8);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        Diagnostics.IsLoggingContentEnabled = false;
    }

    public string ServiceVersion { get; set; } = DefaultServiceVersion;
}
