namespace PainDrip.Core.Coaching;

/// <summary>Which kind of email each program day carries.</summary>
/// <remarks>
/// Day 0: welcome. Week 1 (days 1–6): lessons on days 1, 3 and 5, check-in on day 6. Every later week
/// (days 7k to 7k+6): lessons on days 7k+1 and 7k+4, check-in on day 7k+6. The graduation day (42 plus
/// extensions, always a whole number of weeks) carries only the graduation email; nothing follows it.
/// When the pain is fresh, day 2 (still calm) carries a lesson too, so the first days bring the cold
/// protocol and what to skip (see <see cref="SlotOn(int, ProgramTimeline)"/>).
/// The check-in closes each week, so its answer shapes the next week's first lesson two days later.
/// </remarks>
public static class ProgramCadence
{
    /// <summary>The kind of email due on <paramref name="day"/> of this timeline, or <see langword="null"/> for a quiet day.</summary>
    public static EmailKind? SlotOn(int day, ProgramTimeline timeline) =>
        day == 2 && timeline.PhaseOn(day) == Phase.Calm && day < timeline.GraduationDay
            ? EmailKind.Lesson
            : SlotOn(day, timeline.GraduationDay);

    /// <summary>The kind of email due on <paramref name="day"/>, or <see langword="null"/> for a quiet day.</summary>
    public static EmailKind? SlotOn(int day, int graduationDay)
    {
        if (day < 0 || day > graduationDay)
        {
            return null;
        }
        if (day == graduationDay)
        {
            return EmailKind.Graduation;
        }
        if (day == 0)
        {
            return EmailKind.Welcome;
        }
        return (day < 7, day % 7) switch
        {
            (true, 1 or 3 or 5) => EmailKind.Lesson,
            (false, 1 or 4) => EmailKind.Lesson,
            (_, 6) => EmailKind.Checkin,
            _ => null,
        };
    }
}
