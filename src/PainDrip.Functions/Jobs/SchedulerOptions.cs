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

    /// <summary>
    /// How many people one run sends to at once. SendGrid answers in about 100 ms and a send costs about 4 table
    /// requests of a few ms each, so 16 workers keep roughly 16 sends in flight: about 120 emails/s per instance,
    /// far below SendGrid's 10,000 requests/s and a partition's 2,000 entities/s (docs/storage.md).
    /// </summary>
    public int SendConcurrency { get; set; } = 16;
}
