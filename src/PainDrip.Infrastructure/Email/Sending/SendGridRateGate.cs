namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>
/// One rate-limit gate for every send in the process: a 429 closes it until SendGrid's reset time, and every
/// worker waits at the gate before its next request, so a run's parallel workers slow down together instead of
/// each one finding the limit for itself. Register it as a singleton.
/// </summary>
public sealed class SendGridRateGate(TimeProvider time)
{
    private long _closedUntilTicks;

    /// <summary>How long a request must wait now (zero when the gate is open).</summary>
    public TimeSpan WaitNeeded()
    {
        var wait = Interlocked.Read(ref _closedUntilTicks) - time.GetUtcNow().UtcTicks;
        return wait > 0 ? TimeSpan.FromTicks(wait) : TimeSpan.Zero;
    }

    /// <summary>Closes the gate until <paramref name="until"/>, unless it is closed until later already.</summary>
    public void CloseUntil(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        for (var seen = Interlocked.Read(ref _closedUntilTicks); ticks > seen;)
        {
            var previous = Interlocked.CompareExchange(ref _closedUntilTicks, ticks, seen);
            if (previous == seen)
            {
                return;
            }
            seen = previous;
        }
    }

    /// <summary>Waits while the gate is closed.</summary>
    public async Task PassAsync(CancellationToken cancellationToken)
    {
        for (var wait = WaitNeeded(); wait > TimeSpan.Zero; wait = WaitNeeded())
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
