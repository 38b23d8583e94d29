using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;

namespace PainDrip.Infrastructure.Content;

public static partial class ContentCheck
{
    /// <summary>The fewest phase lessons the whole library may have.</summary>
    public const int MinPhaseLessons = 36;

    /// <summary>
    /// The fewest lessons a phase needs for each trigger profile, counting lessons tagged with the
    /// trigger or <c>general</c>.
    /// </summary>
    public static IReadOnlyDictionary<Phase, int> MinLessonsPerProfile { get; } = new Dictionary<Phase, int>
    {
        [Phase.Calm] = 3,
        [Phase.Mobility] = 6,
        [Phase.Strength] = 10,
        [Phase.Return] = 6,
    };

    /// <summary>The one-off emails the program needs besides phase lessons and check-ins.</summary>
    public static IReadOnlyList<EmailKind> RequiredSpecials { get; } =
    [
        EmailKind.Welcome, EmailKind.Flare, EmailKind.Safety, EmailKind.Pause,
        EmailKind.Resume, EmailKind.Graduation, EmailKind.Professional, EmailKind.Stopped,
    ];

    /// <summary>The check-in orders the program sends, one per week.</summary>
    public static IReadOnlyList<int> CheckinOrders { get; } = [1, 2, 3, 4, 5, 6];

    /// <summary>
    /// Library-wide rules: enough lessons per phase for every trigger profile, at least
    /// <see cref="MinPhaseLessons"/> phase lessons, and every special email and check-in present.
    /// Problems are reported against the folder.
    /// </summary>
    public static IReadOnlyList<string> CheckCoverage(LessonLoad load)
    {
        var lessons = load.Files.Select(f => f.Lesson).ToList();
        var problems = new List<string>();
        problems.AddRange(ProfileShortfalls(lessons));
        var phaseLessons = lessons.Count(l => l.Kind == EmailKind.Lesson && l.Phase is not null);
        if (phaseLessons < MinPhaseLessons)
        {
            problems.Add($"has {phaseLessons} phase lessons; it needs at least {MinPhaseLessons}");
        }
        problems.AddRange(RequiredSpecials.Where(k => !lessons.Any(l => l.Kind == k))
            .Select(k => $"has no '{KindName(k)}' email"));
        problems.AddRange(CheckinOrders.Where(o => !lessons.Any(l => l.Kind == EmailKind.Checkin && l.Order == o))
            .Select(o => $"has no check-in with order {o}"));
        return [.. problems.Select(p => $"{load.Directory}: {p}")];
    }

    private static IEnumerable<string> ProfileShortfalls(List<Lesson> lessons)
    {
        foreach (var (phase, needed) in MinLessonsPerProfile)
        {
            foreach (var tag in Enum.GetValues<Trigger>().Select(LessonTags.ToTag))
            {
                var count = lessons.Count(l => l.Kind == EmailKind.Lesson && l.Phase == phase
                    && (l.HasTag(LessonTags.General) || l.HasTag(tag)));
                if (count < needed)
                {
                    yield return $"phase {PhaseName(phase)} has {count} lessons for the '{tag}' profile "
                        + $"(tagged '{tag}' or 'general'); it needs {needed}";
                }
            }
        }
    }
}
