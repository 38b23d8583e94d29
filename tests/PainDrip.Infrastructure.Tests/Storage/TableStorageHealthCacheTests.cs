using PainDrip.Infrastructure.Storage;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage;

/// <summary>The health probe's answer is kept a few seconds, so polling the health route does not hit storage each time.</summary>
public sealed class TableStorageHealthCacheTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));
    private int _probes;
    private bool _answer = true;

    private TableStorageHealth Health() => new(_ => { Interlocked.Increment(ref _probes); return Task.FromResult(_answer); }, _clock, TimeSpan.FromSeconds(5));

    [Fact]
    public async Task IsReachableAsync_ManyCallsWithinCacheTime_ProbesOnce()
    {
        var health = Health();

        for (var i = 0; i < 20; i++)
        {
            Assert.True(await health.IsReachableAsync(CancellationToken.None));
            _clock.Advance(TimeSpan.FromMilliseconds(200));
        }

        Assert.Equal(1, _probes);
    }

    [Fact]
    public async Task IsReachableAsync_CacheTimePassed_ProbesAgainAndSeesChange()
    {
        var health = Health();
        Assert.True(await health.IsReachableAsync(CancellationToken.None));

        _answer = false;
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        var stillCached = await health.IsReachableAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(0.2));
        var fresh = await health.IsReachableAsync(CancellationToken.None);

        Assert.True(stillCached);
        Assert.False(fresh);
        Assert.Equal(2, _probes);
    }

    [Fact]
    public async Task IsReachableAsync_UnreachableAnswer_IsAlsoKept()
    {
        _answer = false;
        var health = Health();

        Assert.False(await health.IsReachableAsync(CancellationToken.None));
        Assert.False(await health.IsReachableAsync(CancellationToken.None));

        Assert.Equal(1, _probes);
    }

    [Fact]
    public async Task IsReachableAsync_ParallelCallersWhileProbing_ShareOneProbe()
    {
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var health = new TableStorageHealth(_ => { Interlocked.Increment(ref _probes); return release.Task; }, _clock, TimeSpan.FromSeconds(5));

        var callers = Enumerable.Range(0, 10).Select(_ => health.IsReachableAsync(CancellationToken.None)).ToList();
        release.SetResult(true);
        var answers = await Task.WhenAll(callers);

        Assert.Equal(10, answers.Count(a => a));
        Assert.Equal(1, _probes);
    }

    [Fact]
    public async Task IsReachableAsync_ProbeThrows_NextCallProbesAgain()
    {
        var calls = 0;
        var health = new TableStorageHealth(
            _ => ++calls == 1 ? Task.FromException<bool>(new InvalidOperationException("probe broke")) : Task.FromResult(true),
            _clock, TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<InvalidOperationException>(() => health.IsReachableAsync(CancellationToken.None));

        Assert.True(await health.IsReachableAsync(CancellationToken.None));
        Assert.Equal(2, calls);
    }
}
