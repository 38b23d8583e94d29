using PainDrip.Core.Coaching;
using PainDrip.Infrastructure.Content;

namespace PainDrip.Cli;

/// <summary>
/// <c>content check [--dir content/lessons] [--seeds DIR]</c>: validates the lesson library, including the
/// no-copy rule against the seed texts (found next to the checkout unless <c>--seeds</c> names them).
/// </summary>
public static class ContentCheckVerb
{
    /// <summary>Prints one <c>path: problem</c> line per problem and returns 1, or a summary line and 0; 2 on bad usage.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!TryReadArguments(args, out var directory, out var seedsOption, out var usageProblem))
        {
            await error.WriteLineAsync(usageProblem);
            await error.WriteLineAsync($"Usage: paindrip content check [--dir {LessonFolder.Default}] [--seeds DIR]");
            return 2;
        }
        if (!Directory.Exists(directory))
        {
            await error.WriteLineAsync($"The lesson folder '{directory}' does not exist.");
            return 2;
        }
        var load = MarkdownLessonLibrary.LoadWithProblems(directory);
        var seeds = SeedFolder.Locate(Directory.GetCurrentDirectory(), seedsOption);
        var problems = ContentCheck.Check(load, seeds);
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem);
        }
        if (problems.Count > 0)
        {
            await error.WriteLineAsync($"{problems.Count} problem(s) in {directory}.");
            return 1;
        }
        await output.WriteLineAsync(Summary(load, seeds.Directory!));
        return 0;
    }

    private static bool TryReadArguments(string[] args, out string directory, out string? seeds, out string problem)
    {
        directory = "";
        seeds = null;
        string? dir = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : "";
            var known = args[i] is "--dir" or "--seeds";
            if (!known || value.Length == 0 || (args[i] == "--dir" ? dir : seeds) is not null)
            {
                problem = $"Unexpected arguments: {string.Join(' ', args)}";
                return false;
            }
            if (args[i] == "--dir")
            {
                dir = value;
            }
            else
            {
                seeds = value;
            }
        }
        return TryFindDirectory(dir, out directory, out problem);
    }

    private static bool TryFindDirectory(string? dir, out string directory, out string problem)
    {
        directory = dir ?? LessonFolder.Find(Directory.GetCurrentDirectory()) ?? "";
        problem = directory.Length == 0
            ? $"No PainDrip.sln above the current folder, so no {LessonFolder.Default} to check; use --dir."
            : "";
        return directory.Length > 0;
    }

    private static string Summary(LessonLoad load, string seeds)
    {
        var lessons = load.Files.Select(f => f.Lesson).ToList();
        var phases = lessons.GroupBy(l => l.Phase)
            .OrderBy(g => g.Key ?? (Phase)int.MaxValue)
            .Select(g => $"{g.Key?.ToString().ToLowerInvariant() ?? "any"} {g.Count()}");
        var kinds = Enum.GetValues<EmailKind>()
            .Select(k => (Name: k.ToString().ToLowerInvariant(), Count: lessons.Count(l => l.Kind == k)))
            .Where(k => k.Count > 0)
            .Select(k => $"{k.Name} {k.Count}");
        return $"OK: {lessons.Count} files in {load.Directory}. "
            + $"By phase: {string.Join(", ", phases)}. By kind: {string.Join(", ", kinds)}. "
            + $"No {SeedTexts.RunLength}-word run shared with the seeds in {seeds}.";
    }
}
