using Azure;
using Azure.Data.Tables;

namespace PainDrip.Infrastructure.Storage;

/// <summary>Answers whether Table Storage responds, for health endpoints.</summary>
/// <remarks>
/// The answer is kept for <see cref="DefaultCacheFor"/> (a "reachable" and an "unreachable" alike), so that a
/// health route polled often, or hit by anyone, costs at most one storage request per few seconds; callers that
/// arrive while a probe runs share it.
/// </remarks>
public sealed class TableStorageHealth
{
    /// <summary>How long one probe's answer is reused unless the constructor says otherwise.</summary>
    public static readonly TimeSpan DefaultCacheFor = TimeSpan.FromSeconds(5);

    private readonly Func<CancellationToken, Task<bool>> _probe;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _cacheFor;
    private readonly Lock _gate = new();
    private Task<bool>? _running;
    private (bool Reachable, DateTimeOffset At)? _last;

    /// <summary>Probes <paramref name="service"/> by listing one table name, within <paramref name="timeout"/> (5 s by default).</summary>
    public TableStorageHealth(TableServiceClient service, TimeSpan? timeout = null, TimeProvider? clock = null, TimeSpan? cacheFor = null)
        : this(token => ProbeAsync(service, timeout ?? TimeSpan.FromSeconds(5), token), clock ?? TimeProvider.System, cacheFor ?? DefaultCacheFor)
    {
    }

    /// <summary>Uses <paramref name="probe"/> (true when storage answered) and keeps its answer for <paramref name="cacheFor"/>.</summary>
    public TableStorageHealth(Func<CancellationToken, Task<bool>> probe, TimeProvider clock, TimeSpan cacheFor)
    {
        _probe = probe;
        _clock = clock;
        _cacheFor = cacheFor;
    }

    /// <summary>True when listing one table name succeeded within the timeout (retries included), at most a few seconds ago.</summary>
    public Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        Task<bool> probe;
        lock (_gate)
        {
            if (_last is { } last && _clock.GetUtcNow() - last.At < _cacheFor)
            {
                return Task.FromResult(last.Reachable);
            }
            // The probe runs without any one caller's token, so a caller that leaves does not fail the others.
            _running ??= ProbeAndKeepAsync();
            probe = _running;
        }
        return probe.WaitAsync(cancellationToken);
    }

    private async Task<bool> ProbeAndKeepAsync()
    {
        await Task.Yield();
        try
        {
            var reachable = await _probe(CancellationToken.None);
            lock (_gate)
            {
                _last = (reachable, _clock.GetUtcNow());
            }
            return reachable;
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
            }
        }
    }

    private static async Task<bool> ProbeAsync(TableServiceClient service, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
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
