using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;

namespace PainDrip.Core.Tests.Support;

internal sealed class InMemoryLessonLibrary(IReadOnlyList<Lesson> lessons) : ILessonLibrary
{
    public IReadOnlyList<Lesson> All { get; } = lessons;

    public Lesson? Find(string id) => All.FirstOrDefault(l => l.Id == id);
}

/// <summary>Builds small lesson libraries for planner tests.</summary>
internal sealed class LessonLibraryBuilder
{
    private readonly List<Lesson> _lessons = [];

    public LessonLibraryBuilder Add(string id, Phase? phase, EmailKind kind, int order, params string[] tags)
    {
        _lessons.Add(new(id, phase, kind, tags, $"Title of {id}", $"Summary of {id}", order, $"Body of {id}"));
        return this;
    }

    public LessonLibraryBuilder Lesson(string id, Phase phase, int order, params string[] tags) =>
        Add(id, phase, EmailKind.Lesson, order, tags.Length == 0 ? [LessonTags.General] : tags);

    /// <summary>Welcome, six check-ins, flare, safety, pause, resume, stopped, graduation and professional emails.</summary>
    public LessonLibraryBuilder WithSpecials()
    {
        Add("welcome", null, EmailKind.Welcome, 0, LessonTags.General);
        for (var week = 1; week <= 6; week++)
        {
            Add($"checkin-week-{week}", null, EmailKind.Checkin, week, LessonTags.General);
        }
        Add("flare-up", null, EmailKind.Flare, 0, LessonTags.General);
        Add("safety-stop", null, EmailKind.Safety, 0, LessonTags.General);
        Add("pause", null, EmailKind.Pause, 0, LessonTags.General);
        Add("resume", null, EmailKind.Resume, 0, LessonTags.General);
        Add("stopped", null, EmailKind.Stopped, 0, LessonTags.General);
        Add("graduation", Phase.Graduation, EmailKind.Graduation, 0, LessonTags.General, "maintenance");
        return Add("see-a-professional", null, EmailKind.Professional, 0, LessonTags.General);
    }

    /// <summary>Enough phase lessons for a full program with a few holds, with a mix of tags.</summary>
    public LessonLibraryBuilder WithPhaseLessons()
    {
        string[][] tagSets =
        [
            [LessonTags.General], ["desk_posture", "posture"], ["sleep", "sleep_position"], ["phone_use", "neck"],
            ["lifting"], ["stress", "breathing"], ["sports_exercise", "warm_up"], ["between_shoulder_blades", "massage"],
        ];
        foreach (var (phase, count) in new[] { (Phase.Calm, 4), (Phase.Mobility, 8), (Phase.Strength, 12), (Phase.Return, 8) })
        {
            for (var i = 1; i <= count; i++)
            {
                Lesson($"{phase.ToString().ToLowerInvariant()}-{i:00}", phase, i, tagSets[(i - 1) % tagSets.Length]);
            }
        }
        return this;
    }

    public InMemoryLessonLibrary Build() => new(_lessons);

    public static InMemoryLessonLibrary Standard() => new LessonLibraryBuilder().WithSpecials().WithPhaseLessons().Build();
}
