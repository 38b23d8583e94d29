using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Console;

/// <summary>
/// What a coach does to an item or a program: resolve, lift a safety hold (gently, one phase back, through
/// <see cref="SafetyHoldService"/>), pause, stop. Each takes a short note, is recorded on the person's timeline with
/// who and when, and changes nothing when repeated (the state it acts on is gone after the first time).
/// </summary>
public sealed class CoachActions(
    ICoachDesk desk,
    IEnrollmentStore enrollments,
    ProgramPlanner planner,
    IProgramMailer mailer,
    IDueIndex dueIndex,
    IProgressLog progress,
    SafetyHoldService holds,
    IClock clock,
    ILogger<CoachActions> logger)
{
    /// <summary>Closes an open item of this person.</summary>
    public async Task<ActionResult> ResolveAsync(Coach coach, string enrollmentId, string itemId, string note, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(itemId, cancellationToken) is not { } item || item.Entry.Item.EnrollmentId != enrollmentId)
        {
            return new(ActionOutcome.NotFound, "That item no longer exists.");
        }
        var now = clock.GetCurrentInstant();
        if (!await desk.ResolveAsync(itemId, new CoachResolution(coach.Name, now, note), cancellationToken))
        {
            return new(ActionOutcome.AlreadyDone, "This item was resolved already.");
        }
        var phase = (await enrollments.FindAsync(enrollmentId, cancellationToken))?.Enrollment.Phase ?? Phase.Calm;
        await progress.AppendAsync(enrollmentId, new ProgressEntry(now, ProgressKind.CoachAction, phase, Detail: CoachNote.Detail($"resolved item {itemId}", coach, note)), cancellationToken);
        return Logged("resolve", enrollmentId, new(ActionOutcome.Done, "Resolved. It has left the queue."));
    }

    /// <summary>Lifts the safety hold: the program restarts one phase back and the resume email goes out.</summary>
    public async Task<ActionResult> LiftHoldAsync(Coach coach, string enrollmentId, string note, CancellationToken cancellationToken)
    {
        var outcome = await holds.ResumeAsync(enrollmentId, note, coach.Name, cancellationToken);
        return Logged("lift-hold", enrollmentId, outcome switch
        {
            ResumeOutcome.Resumed => new(ActionOutcome.Done, "The hold is lifted. The program restarts gently, one phase back; the resume email went out and the next lesson comes at the next timer run."),
            ResumeOutcome.NotOnHold => new(ActionOutcome.NothingToDo, "The program is not on safety hold; nothing changed."),
            ResumeOutcome.NotFound => new(ActionOutcome.NotFound, "That person no longer exists."),
            _ => new(ActionOutcome.Invalid, "Sign in again: your name is needed to lift a hold."),
        });
    }

    /// <summary>Pauses an active program; the pause email tells the person a reply restarts it.</summary>
    public Task<ActionResult> PauseAsync(Coach coach, string enrollmentId, string note, string operation, CancellationToken cancellationToken) =>
        ChangeAsync(enrollmentId, "pause", e => e.Status == EnrollmentStatus.Active, async (record, now) =>
        {
            var change = planner.Pause(record.Enrollment, now);
            var changed = record with { Enrollment = change.Enrollment };
            var current = changed;
            foreach (var email in change.SendNow)
            {
                current = await mailer.SendAsync(current, email, $"coach-pause-{operation}", cancellationToken);
            }
            var saved = current.ETag == changed.ETag ? await enrollments.SaveAsync(current, cancellationToken) : current;
            await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Paused, saved.Enrollment.Phase, Detail: $"coach:{coach.Name}; {note}"), cancellationToken);
            return "Paused. The person got the pause email; any reply from them restarts the program.";
        }, "Only an active program can be paused; nothing changed.", cancellationToken);

    /// <summary>Stops the program for good: the stop email tells the person, once, and no lesson follows.</summary>
    /// <remarks>A program can be stopped only once, so the stop email's delivery key is the same for every coach stop.</remarks>
    public Task<ActionResult> StopAsync(Coach coach, string enrollmentId, string note, CancellationToken cancellationToken) =>
        ChangeAsync(enrollmentId, "stop", e => e.Status is not (EnrollmentStatus.Stopped or EnrollmentStatus.Completed), async (record, now) =>
        {
            var change = planner.StopAndTell(record.Enrollment, now);
            var changed = record with { Enrollment = change.Enrollment };
            var current = changed;
            foreach (var email in change.SendNow)
            {
                current = await mailer.SendAsync(current, email, "coach-stop", cancellationToken);
            }
            var saved = current.ETag == changed.ETag ? await enrollments.SaveAsync(current, cancellationToken) : current;
            await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Stopped, saved.Enrollment.Phase, Detail: $"coach:{coach.Name}; {note}"), cancellationToken);
            return change.SendNow.Count > 0
                ? "Stopped. The person got the stop email; PainDrip sends them no more lessons, and a reply from them comes to this queue."
                : "Stopped. PainDrip sends this person no more lessons.";
        }, "The program has ended already; nothing changed.", cancellationToken);

    private async Task<ActionResult> ChangeAsync(
        string enrollmentId, string action, Func<Enrollment, bool> applies, Func<EnrollmentRecord, Instant, Task<string>> change,
        string notApplicable, CancellationToken cancellationToken)
    {
        if (await enrollments.FindAsync(enrollmentId, cancellationToken) is not { } record)
        {
            return new(ActionOutcome.NotFound, "That person no longer exists.");
        }
        if (!applies(record.Enrollment))
        {
            return Logged(action, enrollmentId, new(ActionOutcome.NothingToDo, notApplicable));
        }
        try
        {
            var done = await change(record, clock.GetCurrentInstant());
            await dueIndex.CancelAsync(enrollmentId, cancellationToken);
            return Logged(action, enrollmentId, new(ActionOutcome.Done, done));
        }
        catch (StoreConflictException)
        {
            return Logged(action, enrollmentId, new(ActionOutcome.Conflict, "The program changed at the same moment (a reply or the timer). Nothing changed; look again and retry."));
        }
    }

    private ActionResult Logged(string action, string enrollmentId, ActionResult result)
    {
        ConsoleLog.Acted(logger, action, enrollmentId, result.Outcome.ToString());
        return result;
    }
}
