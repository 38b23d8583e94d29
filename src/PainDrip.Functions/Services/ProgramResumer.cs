using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Services;

/// <summary>Ends a pause the person chose (on its end date, from the timer, or early from the preferences page):
/// resumes the program, sends the resume email once, logs it and schedules the next email.</summary>
public sealed class ProgramResumer(
    IEnrollmentStore store,
    ProgramPlanner planner,
    IProgramMailer mailer,
    IDueIndex dueIndex,
    IProgressLog progress,
    ILogger<ProgramResumer> logger)
{
    /// <summary>Whether a pause with an end date is over at <paramref name="now"/>.</summary>
    public bool IsPauseOver(Enrollment enrollment, Instant now) => planner.PauseEndsAt(enrollment) is { } ends && ends <= now;

    /// <summary>Resumes a paused program (not a safety hold: only a coach clears that) and returns the saved record;
    /// anything else is returned unchanged.</summary>
    /// <remarks>The delivery key names this pause (the date it began and the days paused before it), so a retried
    /// resume never sends a second resume email.</remarks>
    /// <exception cref="StoreConflictException">Another request changed the enrollment first.</exception>
    public async Task<EnrollmentRecord> ResumeAsync(EnrollmentRecord record, Instant now, string source, CancellationToken cancellationToken)
    {
        if (record.Enrollment.Status != EnrollmentStatus.Paused)
        {
            return record;
        }
        var key = $"resume-{record.Enrollment.PausedOn:yyyy-MM-dd}-{record.Enrollment.PausedDays}";
        var change = planner.Resume(record.Enrollment, now);
        var changed = record with { Enrollment = change.Enrollment };
        var current = changed;
        foreach (var email in change.SendNow)
        {
            current = await mailer.SendAsync(current, email, $"{key}-{email.Kind.ToString().ToLowerInvariant()}", cancellationToken);
        }
        // The mailer saves only when it sends; a resume without an email (or one sent before) is saved here.
        var saved = current.ETag == record.ETag ? await store.SaveAsync(current, cancellationToken) : current;
        await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Resumed, saved.Enrollment.Phase, Detail: source), cancellationToken);
        if (planner.PlanNext(saved.Enrollment, now) is { } next)
        {
            await dueIndex.ScheduleAsync(saved.Id, next.Due, cancellationToken);
        }
        logger.PauseEnded(saved.Id);
        return saved;
    }
}
