using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Services;

/// <summary>What a coach's resume did.</summary>
public enum ResumeOutcome
{
    /// <summary>The hold is lifted: the program restarts one phase back, and the resume email went out.</summary>
    Resumed,
    /// <summary>No such enrollment.</summary>
    NotFound,
    /// <summary>The enrollment is not on safety hold; nothing changed.</summary>
    NotOnHold,
    /// <summary>The coach's name is missing; nothing changed.</summary>
    CoachMissing,
}

/// <summary>
/// The one way out of a safety hold: a coach, having read the person's all-clear, resumes the program. It restarts
/// gently (one phase back, for a week), the resume email goes out, and the progress timeline records who resumed it.
/// </summary>
public sealed class SafetyHoldService(
    IEnrollmentStore enrollments,
    ProgramPlanner planner,
    IProgramMailer mailer,
    IDueIndex dueIndex,
    IProgressLog progress,
    IClock clock,
    ILogger<SafetyHoldService> logger)
{
    /// <summary>The most characters of the coach's note kept on the timeline.</summary>
    public const int MaxNoteLength = 200;

    /// <summary>Lifts the safety hold of <paramref name="enrollmentId"/> on a coach's say-so.</summary>
    public async Task<ResumeOutcome> ResumeAsync(string enrollmentId, string coachNote, string coachName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(coachName))
        {
            return ResumeOutcome.CoachMissing;
        }
        if (await enrollments.FindAsync(enrollmentId, cancellationToken) is not { } record)
        {
            return ResumeOutcome.NotFound;
        }
        if (record.Enrollment.Status != EnrollmentStatus.SafetyHold)
        {
            return ResumeOutcome.NotOnHold;
        }
        var now = clock.GetCurrentInstant();
        var change = planner.ResumeFromHold(record.Enrollment, now);
        var changed = record with { Enrollment = change.Enrollment };
        var current = changed;
        foreach (var email in change.SendNow)
        {
            current = await mailer.SendAsync(current, email, $"resume-{now.ToUnixTimeSeconds()}-{email.LessonId}", cancellationToken);
        }
        var saved = current.ETag == changed.ETag ? await enrollments.SaveAsync(current, cancellationToken) : current;
        await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.Resumed, saved.Enrollment.Phase, Detail: Note(coachName, coachNote)), cancellationToken);
        await progress.AppendAsync(saved.Id, new ProgressEntry(now, ProgressKind.PhaseChanged, saved.Enrollment.Phase, Detail: "step_back"), cancellationToken);
        if (planner.PlanNext(saved.Enrollment, now) is { } next)
        {
            await dueIndex.ScheduleAsync(saved.Id, next.Due, cancellationToken);
        }
        SafetyLog.HoldLifted(logger, saved.Id);
        return ResumeOutcome.Resumed;
    }

    private static string Note(string coachName, string coachNote)
    {
        var note = (coachNote ?? "").Trim();
        return $"coach:{coachName.Trim()}; {(note.Length > MaxNoteLength ? note[..MaxNoteLength] : note)}";
    }
}

/// <summary>Safety-hold events. Enrollment ids only: never names, notes, symptoms or reply text.</summary>
internal static partial class SafetyLog
{
    [LoggerMessage(EventId = 5701, Level = LogLevel.Information, Message = "A coach lifted the safety hold of enrollment {EnrollmentId}")]
    public static partial void HoldLifted(ILogger logger, string enrollmentId);
}
