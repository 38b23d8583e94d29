using Microsoft.Azure.Functions.Worker;
using PainDrip.Functions.Console;

namespace PainDrip.Functions.Functions;

/// <summary>The coaches' daily digest timer.</summary>
public sealed class ConsoleDigestFunctions(CoachDigest digest)
{
    /// <summary>The schedule when the <c>CoachDigestSchedule</c> setting says nothing else: 07:00 UTC daily (NCRONTAB).</summary>
    public const string DefaultSchedule = "0 0 7 * * *";

    /// <summary>Emails the coaches what waits in the queue (nothing when the queue is empty).</summary>
    [Function("CoachDigest")]
    public Task<CoachDigestSummary> SendDigestAsync([TimerTrigger("%CoachDigestSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        digest.SendAsync(cancellationToken);
}
