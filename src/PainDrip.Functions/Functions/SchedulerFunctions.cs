using Microsoft.Azure.Functions.Worker;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Jobs;

namespace PainDrip.Functions.Functions;

/// <summary>The lesson timer.</summary>
public sealed class SchedulerFunctions(SettingsReport settings, IServiceProvider services, ILogger<SchedulerFunctions> logger)
{
    /// <summary>The schedule when the <c>SendSchedule</c> setting says nothing else: every 15 minutes (NCRONTAB, UTC).</summary>
    public const string DefaultSchedule = "0 */15 * * * *";

    /// <summary>
    /// Retries pending replies, then sends every program email that is due. Incomplete settings fail the run with their
    /// names (never values), so the invocation log says what the operator must set. Returns what the run did.
    /// </summary>
    [Function("SendDueLessons")]
    public async Task<SchedulerRunSummary> SendDueLessonsAsync(
        [TimerTrigger("%SendSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (!settings.IsComplete)
        {
            throw new InvalidOperationException(
                "SendDueLessons skipped: settings are incomplete: " + string.Join("; ", settings.Problems));
        }
        if (timer.IsPastDue)
        {
            SchedulerLog.PastDue(logger);
        }
        try
        {
            return await services.GetRequiredService<ILessonScheduler>().SendDueAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.RunFailed(logger, exception.GetType().Name);
            throw;
        }
    }
}
