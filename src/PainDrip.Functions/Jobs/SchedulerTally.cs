namespace PainDrip.Functions.Jobs;

/// <summary>What happened to one due entry.</summary>
internal enum SendOutcome { Sent, NotDue, Skipped, Completed, Missing, Failed }

/// <summary>A run's counts, safe to add to from the run's parallel workers.</summary>
internal sealed class SchedulerTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SendOutcome, int> _counts = [];
    private int _left, _replies, _parked, _unconfirmed, _confirmedLate, _resent;
    private volatile bool _stoppedEarly;

    public bool StoppedEarly => _stoppedEarly;

    public void Add(SendOutcome outcome)
    {
        lock (_lock)
        {
            _counts[outcome] = Count(outcome) + 1;
        }
    }

    public void StopEarly(int left)
    {
        _stoppedEarly = true;
        Interlocked.Add(ref _left, left);
    }

    public void ReplyRetried() => Interlocked.Increment(ref _replies);

    public void ReplyParked() => Interlocked.Increment(ref _parked);

    public void Reconciled(Core.Ports.Reconciliation outcome)
    {
        Interlocked.Increment(ref _unconfirmed);
        if (outcome is Core.Ports.Reconciliation.AlreadyConfirmed or Core.Ports.Reconciliation.ConfirmedByProvider)
        {
            Interlocked.Increment(ref _confirmedLate);
        }
        else if (outcome == Core.Ports.Reconciliation.Resent)
        {
            Interlocked.Increment(ref _resent);
        }
    }

    public SchedulerRunSummary ToSummary()
    {
        lock (_lock)
        {
            return new SchedulerRunSummary(
                Count(SendOutcome.Sent), Count(SendOutcome.NotDue), Count(SendOutcome.Skipped), Count(SendOutcome.Completed),
                Count(SendOutcome.Missing), Count(SendOutcome.Failed), _left, _replies, _stoppedEarly)
            {
                Unconfirmed = _unconfirmed, ConfirmedLate = _confirmedLate, Resent = _resent, RepliesParked = _parked,
            };
        }
    }

    private int Count(SendOutcome outcome) => _counts.GetValueOrDefault(outcome);
}
