namespace PainDrip.Infrastructure.Tests.Support;

/// <summary>
/// A clock tests move by hand. Every timer (so every <c>Task.Delay</c> through it) is recorded,
/// moves the clock forward by its due time and fires at once, so retry waits take no real time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now;

    public TestClock(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2030, 3, 4, 8, 0, 0, TimeSpan.Zero);
    }

    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_gate) { return [.. _waits]; } }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) { return _now; }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate) { _now += by; }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _waits.Add(dueTime);
            _now += dueTime;
        }
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
