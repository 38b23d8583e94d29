namespace PainDrip.Functions.Jobs;

/// <summary>Settings for the lesson timer. Section <c>SchedulerOptions</c>.</summary>
public sealed class SchedulerOptions
{
    /// <summary>How long one run may work before it stops and leaves the rest for the next tick (below the Functions timeout).</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>How many due entries (and pending replies) one read fetches.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How old a still-pending inbound message must be before a run retries it (younger ones may still be in hand).</summary>
    public TimeSpan RetryInboxAfter { get; set; } = TimeSpan.FromMinutes(5);
}
