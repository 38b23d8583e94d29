using Azure;
using Azure.Data.Tables;

namespace PainDrip.Infrastructure.Storage;

/// <summary>Answers whether Table Storage responds, for health endpoints.</summary>
public sealed class TableStorageHealth(TableServiceClient service, TimeSpan? timeout = null)
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(5);

    /// <summary>True when listing one table name succeeds within the timeout (retries included).</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            await service.QueryAsync(maxPerPage: 1, cancellationToken: deadline.Token).FirstOrDefaultAsync(deadline.Token);
            return true;
        }
        // Azure.Core gives up on repeated network faults with an AggregateException of them.
        catch (Exception error) when (error is RequestFailedException or AggregateException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
