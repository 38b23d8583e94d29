using NodaTime;

namespace PainDrip.Core.Coaching;

/// <summary>The email the planner wants sent next, and when.</summary>
/// <param name="Kind">What it is for.</param>
/// <param name="LessonId">The library lesson to send.</param>
/// <param name="Phase">The person's phase on that day (not necessarily the lesson's own phase).</param>
/// <param name="Due">When to send it: at the person's send hour for program emails, at once for answers to a reply.</param>
/// <param name="ProgramDay">The program day it belongs to (pauses excluded).</param>
public sealed record PlannedEmail(EmailKind Kind, string LessonId, Phase Phase, Instant Due, int ProgramDay)
{
    /// <summary>Part of the program's own rhythm (welcome, lesson, check-in, graduation) rather than an answer to a reply or request.</summary>
    public bool IsScheduled => Kind is EmailKind.Welcome or EmailKind.Lesson or EmailKind.Checkin or EmailKind.Graduation;

    /// <summary>Whether it should go out at <paramref name="now"/>.</summary>
    public bool IsDueAt(Instant now) => Due <= now;
}
