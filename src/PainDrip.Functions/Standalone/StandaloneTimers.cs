using Cronos;
using Microsoft.Azure.Functions.Worker;

namespace PainDrip.Functions.Standalone;

/// <summary>
/// Runs each <c>[TimerTrigger]</c> function on its schedule (Cronos) in standalone mode; never in the Testing
/// environment, where tests run the timer through the admin route. No lease and no past-due run: those are the host's.
/// </summary>
public sealed class StandaloneTimers(
    IReadOnlyList<FunctionEntry> functions, IServiceScopeFactory scopes, IConfiguration configuration,
    IHostEnvironment environment, ILogger<StandaloneTimers> logger) : BackgroundService
{
    /// <summary>The schedule a trigger names: <c>%Setting%</c> is read from configuration, as the host does.</summary>
    public static CronExpression Schedule(string schedule, IConfiguration configuration)
    {
        var text = schedule.Length > 2 && schedule.StartsWith('%') && schedule.EndsWith('%')
            ? configuration[schedule[1..^1]] ?? throw new InvalidOperationException($"The timer schedule setting {schedule[1..^1]} is not set.")
            : schedule;
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => environment.IsEnvironment("Testing")
        ? Task.CompletedTask
        : Task.WhenAll(functions.Where(f => f.Timer is not null)
            .Select(f => RunOnScheduleAsync(f, Schedule(f.Timer!.Schedule, configuration), stoppingToken)));

    private async Task RunOnScheduleAsync(FunctionEntry function, CronExpression schedule, CancellationToken stoppingToken)
    {
        StandaloneLog.TimerOn(logger, function.Name, schedule.ToString());
        while (schedule.GetNextOccurrence(DateTime.UtcNow) is { } next)
        {
            try
            {
                // Wall-clock time on purpose: the schedule is about this machine, not the (possibly fast-forwarded) program clock.
                await Task.Delay(next - DateTime.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero, stoppingToken);
                await RunOnceAsync(function, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(FunctionEntry function, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = stoppingToken };
        try
        {
            await FunctionInvoker.InvokeAsync(function, context, new TimerInfo { IsPastDue = false });
        }
        // One failed run must not end the loop; the next occurrence tries again, as the Functions timer would.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            StandaloneLog.TimerFailed(logger, function.Name, exception.GetType().Name);
        }
    }
}
