using NodaTime;
using PainDrip.Core.Lessons;

namespace PainDrip.Core.Coaching;

/// <summary>Chooses the library lesson for each email.</summary>
/// <remarks>
/// Phase lessons: never one already sent, nor one whose <see cref="Lesson.Refers"/> are not all sent yet; first those that match one of the person's triggers (from sign-up and
/// replies), then those that match only an area, then lessons for everyone (<c>general</c>, or tagged with topics
/// only), last lessons aimed at other profiles; within a tier, a trigger match weighs three times an area match.
/// In the calm phase the library's order wins (cold first, then what to skip). The first strength-phase lesson is a
/// strengthening exercise (tagged <c>strength</c>), so one comes in week 2 whatever the triggers. A lesson tagged <c>heat</c> is not
/// sent before the third day after onset (so never within 48 hours of it) nor within 48 hours of a flare email.
/// A lesson about one sport (tagged <c>running</c>, <c>swimming</c>, <c>racket_sports</c> or <c>gym</c>) goes
/// only to someone whose replies named that sport, and then ahead of other lessons of its tier.
/// When the phase has run out, earlier, gentler phases are used, never later ones. Check-ins: see <see cref="Checkin"/>.
/// Other kinds prefer the person's phase, then any-phase lessons, and unsent before sent.
/// </remarks>
public sealed class LessonPicker(ILessonLibrary library)
{
    private const string StrengthTag = "strength";

    /// <summary>How long after a flare email no heat lesson goes out.</summary>
    public static readonly Duration NoHeatAfterFlare = Duration.FromHours(48);

    /// <summary>The lesson for an email of <paramref name="kind"/> in <paramref name="phase"/> going out at
    /// <paramref name="at"/> (<see langword="null"/>: no timing rules), or <see langword="null"/> when the library has none.</summary>
    public Lesson? Pick(Enrollment enrollment, EmailKind kind, Phase phase, Instant? at = null) => kind switch
    {
        EmailKind.Lesson => PhaseLesson(enrollment, phase, at),
        EmailKind.Checkin => Checkin(enrollment, phase),
        _ => Special(enrollment, kind, phase),
    };

    /// <summary>The best unsent phase lesson that may go out at <paramref name="at"/>, falling back to gentler phases.</summary>
    public Lesson? PhaseLesson(Enrollment enrollment, Phase phase, Instant? at = null)
    {
        var triggers = TriggerTags(enrollment);
        var areas = AreaTags(enrollment);
        var heatAllowed = at is not { } when || HeatAllowed(enrollment, when);
        var strengthFirst = !enrollment.Sent.Any(s => s.Kind == EmailKind.Lesson && library.Find(s.LessonId)?.HasTag(StrengthTag) == true);
        foreach (var candidatePhase in FallbackOrder(phase))
        {
            var best = library.All
                .Where(l => l.Kind == EmailKind.Lesson && l.Phase == candidatePhase && !enrollment.HasSent(l.Id))
                .Where(l => heatAllowed || !l.HasTag("heat"))
                .Where(l => l.Refers.All(enrollment.HasSent))
                .Where(l => SuitsSports(l, enrollment))
                .OrderBy(l => candidatePhase == Phase.Calm ? l.Order : 0)
                .ThenBy(l => candidatePhase == Phase.Strength && strengthFirst && !l.HasTag(StrengthTag) ? 1 : 0)
                .ThenBy(l => Tier(l, triggers, areas))
                .ThenByDescending(l => 3 * l.Tags.Count(triggers.Contains) + l.Tags.Count(areas.Contains)
                    + 3 * l.Tags.Count(enrollment.RevealedSports.Contains))
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

    /// <summary>The check-in that closes a week of <paramref name="phase"/>.</summary>
    /// <remarks>A week the last answer made extra (a hold, a flare's step back, or a wait for an answer) gets a
    /// check-in tagged <c>extra_week</c> that says so; any other week the next unsent regular check-in of the phase,
    /// by order, or the phase's extra-week check-in once those are used up. Each check-in fills in its program week, so no two check-ins read the same. Falls back to any
    /// check-in of the phase, then to any check-in.</remarks>
    public Lesson? Checkin(Enrollment enrollment, Phase? phase = null)
    {
        phase ??= enrollment.Phase;
        var extra = enrollment.LastGate is GateDecision.Hold or GateDecision.StepBack or GateDecision.WaitForAnswer;
        var checkins = library.All.Where(l => l.Kind == EmailKind.Checkin)
            .OrderBy(l => enrollment.HasSent(l.Id) ? 1 : 0)
            .ThenBy(l => l.Order).ThenBy(l => l.Id, StringComparer.Ordinal).ToList();
        // Once a phase's regular check-ins are used up, a further week of it is an extra week, and says so.
        return checkins.FirstOrDefault(l => l.Phase == phase && l.HasTag(LessonTags.ExtraWeek) == extra && !enrollment.HasSent(l.Id))
            ?? checkins.FirstOrDefault(l => l.Phase == phase && l.HasTag(LessonTags.ExtraWeek))
            ?? checkins.FirstOrDefault(l => l.Phase == phase)
            ?? checkins.FirstOrDefault();
    }

    /// <summary>A welcome, flare, safety, pause, resume, graduation, professional or answer email.</summary>
    public Lesson? Special(Enrollment enrollment, EmailKind kind, Phase phase) =>
        library.All.Where(l => l.Kind == kind)
            .OrderBy(l => l.Phase == phase ? 0 : l.Phase is null ? 1 : 2)
            .ThenBy(l => enrollment.HasSent(l.Id) ? 1 : 0)
            .ThenBy(l => l.Order)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Whether a heat lesson may go out at <paramref name="at"/>: from the third local day after onset, and
    /// 48 hours or more after the last flare email.</summary>
    public static bool HeatAllowed(Enrollment enrollment, Instant at)
    {
        var afterOnset = at.InZone(enrollment.Zone).Date >= enrollment.Profile.Onset.PlusDays(3);
        var lastFlare = enrollment.Sent.LastOrDefault(s => s.Kind == EmailKind.Flare);
        return afterOnset && (lastFlare is null || at - lastFlare.SentAt >= NoHeatAfterFlare);
    }

    /// <summary>The sport tags a lesson may carry; a lesson about one sport goes only to people who named it.</summary>
    public static readonly IReadOnlyList<string> SportTags = ["running", "swimming", "racket_sports", "gym"];

    private static bool SuitsSports(Lesson lesson, Enrollment enrollment)
    {
        var sports = lesson.Tags.Where(t => SportTags.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        return sports.Count == 0 || sports.Any(t => enrollment.RevealedSports.Contains(t.ToLowerInvariant()));
    }

    /// <summary>The tags that describe this person: their areas and triggers, from sign-up and replies.</summary>
    public static HashSet<string> ProfileTags(Enrollment enrollment) => [.. TriggerTags(enrollment), .. AreaTags(enrollment)];

    private static HashSet<string> TriggerTags(Enrollment enrollment) =>
        enrollment.Profile.Triggers.Concat(enrollment.RevealedTriggers).Select(LessonTags.ToTag).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> AreaTags(Enrollment enrollment) =>
        enrollment.Profile.Areas.Concat(enrollment.RevealedAreas).Select(LessonTags.ToTag).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ProfileVocabulary =
        LessonTags.All.Except(LessonTags.Topics, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static int Tier(Lesson lesson, HashSet<string> triggers, HashSet<string> areas)
    {
        if (lesson.Tags.Any(triggers.Contains))
        {
            return 0;
        }
        if (lesson.Tags.Any(areas.Contains))
        {
            return 1;
        }
        var forEveryone = lesson.HasTag(LessonTags.General) || !lesson.Tags.Any(ProfileVocabulary.Contains);
        return forEveryone ? 2 : 3;
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
