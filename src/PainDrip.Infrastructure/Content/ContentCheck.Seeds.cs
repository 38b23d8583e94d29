namespace PainDrip.Infrastructure.Content;

public static partial class ContentCheck
{
    /// <summary>
    /// Every rule of <see cref="Check(LessonLoad)"/>, plus the no-copy rule against the seed texts
    /// (<see cref="CheckSeeds"/>). A seeds folder that was not found is a problem, not a pass.
    /// </summary>
    public static IReadOnlyList<string> Check(LessonLoad load, SeedLocation seeds) =>
        [.. Check(load), .. CheckSeeds(load, seeds)];

    /// <summary>
    /// No lesson's title, summary or body may share a run of <see cref="SeedTexts.RunLength"/> words with
    /// a seed text (case and punctuation ignored): one problem per file, naming the seed and the first run.
    /// When the seeds folder is missing or empty, one problem says so and where it looked.
    /// </summary>
    public static IReadOnlyList<string> CheckSeeds(LessonLoad load, SeedLocation seeds)
    {
        if (seeds.Directory is null)
        {
            var looked = seeds.Looked.Count == 0 ? "no PainDrip.sln above the lesson check, so nowhere" : string.Join(", ", seeds.Looked);
            return [$"{load.Directory}: seeds folder not found (looked in {looked}); the no-copy rule cannot run. "
                + $"Pass --seeds DIR or set {SeedFolder.EnvironmentVariable}."];
        }
        var texts = SeedTexts.Load(seeds.Directory);
        if (texts.Count == 0)
        {
            return [$"{load.Directory}: seeds folder {seeds.Directory} has no files; the no-copy rule cannot run."];
        }
        return CheckSeeds(load, texts);
    }

    /// <summary>The no-copy rule against seed texts already read.</summary>
    public static IReadOnlyList<string> CheckSeeds(LessonLoad load, SeedTexts seeds)
    {
        var problems = new List<string>();
        foreach (var file in load.Files)
        {
            var lesson = file.Lesson;
            var shared = seeds.SharedRuns(lesson.Title)
                .Concat(seeds.SharedRuns(lesson.Summary))
                .Concat(seeds.SharedRuns(lesson.Body))
                .ToList();
            if (shared.Count > 0)
            {
                var (run, seed) = shared[0];
                problems.Add($"{file.Path}: shares {shared.Count} run(s) of {SeedTexts.RunLength} words with the seeds, "
                    + $"first \"{run}\" from {seed}; say it in your own words");
            }
        }
        return problems;
    }
}
