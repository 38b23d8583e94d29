using NodaTime;

namespace PainDrip.Core.Coaching;

/// <summary>An email that went out to the person.</summary>
/// <param name="Kind">What it was for.</param>
/// <param name="LessonId">The library lesson it carried.</param>
/// <param name="Phase">The person's phase when it was sent.</param>
/// <param name="ProgramDay">The program day it belonged to (pauses excluded).</param>
/// <param name="SentAt">When it went out.</param>
public sealed record SentEmail(EmailKind Kind, string LessonId, Phase Phase, int ProgramDay, Instant SentAt);
