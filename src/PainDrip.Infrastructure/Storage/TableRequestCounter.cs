using Azure.Core;
using Azure.Core.Pipeline;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// Counts the HTTP requests the Table Storage client sends (a transaction is one request; a retry is another), so
/// tests and benchmarks can state the storage cost of a path. Register it with <c>AddTableStorage</c>'s
/// <see cref="TableStoragePolicies"/>; it is thread-safe and adds no work beyond one interlocked increment.
/// </summary>
public sealed class TableRequestCounter : HttpPipelinePolicy
{
    private long _requests;

    /// <summary>Requests sent since creation or the last <see cref="Reset"/>.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Starts counting from zero again; returns the count before.</summary>
    public long Reset() => Interlocked.Exchange(ref _requests, 0);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _requests);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _requests);
        return ProcessNextAsync(message, pipeline);
    }
}

/// <summary>
/// Extra pipeline policies for the <see cref="Azure.Data.Tables.TableServiceClient"/> that <c>AddTableStorage</c> builds,
/// run once per attempt (after the retry policy): a request counter, a fault injector in tests. Register one instance.
/// </summary>
public sealed class TableStoragePolicies
{
    public TableStoragePolicies(params HttpPipelinePolicy[] perAttempt) => PerAttempt = perAttempt;

    /// <summary>The policies, in order.</summary>
    public IReadOnlyList<HttpPipelinePolicy> PerAttempt { get; }
}
