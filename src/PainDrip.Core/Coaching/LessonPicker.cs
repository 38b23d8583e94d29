using PainDrip.Core.Lessons;

namespace PainDrip.Core.Coaching;

/// <summary>Chooses the library lesson for each email.</summary>
/// <remarks>
/// Phase lessons: never one already sent; first those whose tags match the person's areas and triggers
/// (from sign-up and from replies), most matches first; then lessons for everyone (<c>general</c>, or tagged
/// with topics only); last, lessons aimed at other profiles. When the phase has run out, earlier, gentler
/// phases are used, never later ones. Check-ins go by <see cref="Lesson.Order"/> (the week number) and are
/// reused from the last one when holds outlast the library. Other kinds prefer the person's phase, then
/// any-phase lessons, and unsent before sent.
/// </remarks>
public sealed class LessonPicker(ILessonLibrary library)
{
    /// <summary>The lesson for an email of <paramref name="kind"/> in <paramref name="phase"/>, or <see langword="null"/> when the library has none.</summary>
    public Lesson? Pick(Enrollment enrollment, EmailKind kind, Phase phase) => kind switch
    {
        EmailKind.Lesson => PhaseLesson(enrollment, phase),
        EmailKind.Checkin => Checkin(enrollment),
        _ => Special(enrollment, kind, phase),
    };

    /// <summary>The best unsent phase lesson, falling back to gentler phases.</summary>
    public Lesson? PhaseLesson(Enrollment enrollment, Phase phase)
    {
        var wanted = ProfileTags(enrollment);
        foreach (var candidatePhase in FallbackOrder(phase))
        {
            var best = library.All
                .Where(l => l.Kind == EmailKind.Lesson && l.Phase == candidatePhase && !enrollment.HasSent(l.Id))
                .OrderBy(l => Tier(l, wanted))
                .ThenByDescending(l => l.Tags.Count(wanted.Contains))
                .ThenBy(l => l.Order)
                .ThenBy(l => l.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null)
            {
                return best;
            }
        }
        return null;
    }

    /// <summary>The next check-in by week order.</summary>
    public Lesson? Checkin(Enrollment enrollment)
    {
        var checkins = library.All.Where(l => l.Kind == EmailKind.Checkin)
            .OrderBy(l => l.Order).ThenBy(l => l.Id, StringComparer.Ordinal).ToList();
        return checkins.FirstOrDefault(l => !enrollment.HasSent(l.Id)) ?? checkins.LastOrDefault();
    }

    /// <summary>A welcome, flare, safety, pause, resume, graduation or professional email.</summary>
    public Lesson? Special(Enrollment enrollment, EmailKind kind, Phase phase) =>
        library.All.Where(l => l.Kind == kind)
            .OrderBy(l => l.Phase == phase ? 0 : l.Phase is null ? 1 : 2)
            .ThenBy(l => enrollment.HasSent(l.Id) ? 1 : 0)
            .ThenBy(l => l.Order)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The tags that describe this person: their areas and triggers, from sign-up and replies.</summary>
    public static HashSet<string> ProfileTags(Enrollment enrollment) =>
        enrollment.Profile.Areas.Concat(enrollment.RevealedAreas).Select(LessonTags.ToTag)
            .Concat(enrollment.Profile.Triggers.Concat(enrollment.RevealedTriggers).Select(LessonTags.ToTag))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ProfileVocabulary =
        LessonTags.All.Except(LessonTags.Topics, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static int Tier(Lesson lesson, HashSet<string> wanted)
    {
        if (lesson.Tags.Any(wanted.Contains))
        {
            return 0;
        }
        var forEveryone = lesson.HasTag(LessonTags.General) || !lesson.Tags.Any(ProfileVocabulary.Contains);
        return forEveryone ? 1 : 2;
    }

    private static Phase[] FallbackOrder(Phase phase) => phase switch
    {
        Phase.Calm => [Phase.Calm, Phase.Mobility],
        Phase.Mobility => [Phase.Mobility, Phase.Calm],
        Phase.Strength => [Phase.Strength, Phase.Mobility],
        Phase.Return => [Phase.Return, Phase.Strength, Phase.Mobility],
        _ => [phase],
    };
}
