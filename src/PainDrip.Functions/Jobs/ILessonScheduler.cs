namespace PainDrip.Functions.Jobs;

/// <summary>The timer's work: retry pending replies, then send every program email that is due.</summary>
public interface ILessonScheduler
{
    /// <summary>One run, bounded by <see cref="SchedulerOptions.TimeBudget"/>; safe to overlap with another run.</summary>
    Task<SchedulerRunSummary> SendDueAsync(CancellationToken cancellationToken);
}
