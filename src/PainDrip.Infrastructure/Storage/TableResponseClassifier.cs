using Azure.Core;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// Retries only what Table Storage means as "try again": timeouts, throttling and server
/// faults. Every other 4xx is final (conflicts, failed preconditions, bad input).
/// </summary>
internal sealed class TableResponseClassifier : ResponseClassifier
{
    private static readonly HashSet<int> RetriableStatuses = [408, 429, 500, 502, 503, 504];

    public static bool IsRetriableStatus(int status) => RetriableStatuses.Contains(status);

    public override bool IsRetriableResponse(HttpMessage message) => IsRetriableStatus(message.Response.Status);
}
