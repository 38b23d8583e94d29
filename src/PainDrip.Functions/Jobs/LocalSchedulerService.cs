using Microsoft.Extensions.Options;

namespace PainDrip.Functions.Jobs;

/// <summary>
/// Runs the lesson timer every <see cref="SchedulerOptions.LocalInterval"/> when no Functions host does it: locally,
/// never under the host (which calls <c>POST /SendDueLessons</c> itself) and never in the Testing environment.
/// </summary>
public sealed class LocalSchedulerService(
    IServiceScopeFactory scopes, IHostEnvironment environment, IOptions<SchedulerOptions> options, ILogger<LocalSchedulerService> logger)
    : BackgroundService
{
    /// <summary>Whether this process should run its own timer; <paramref name="variable"/> reads an environment variable.</summary>
    public static bool ShouldRun(IHostEnvironment environment, Func<string, string?> variable) =>
        !environment.IsEnvironment("Testing")
        && string.IsNullOrEmpty(variable("FUNCTIONS_CUSTOMHANDLER_PORT"))
        && string.IsNullOrEmpty(variable("FUNCTIONS_HTTPWORKER_PORT"));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!ShouldRun(environment, Environment.GetEnvironmentVariable))
        {
            return;
        }
        var interval = options.Value.LocalInterval;
        SchedulerLog.LocalTimerOn(logger, interval);
        // Wall-clock ticks on purpose: the interval is about this machine, not the (possibly fast-forwarded) program clock.
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ILessonScheduler>().SendDueAsync(stoppingToken);
        }
        // One failed run must not end the loop; the next tick tries again, as the Functions timer would.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulerLog.RunFailed(logger, exception.GetType().Name);
        }
    }
}
