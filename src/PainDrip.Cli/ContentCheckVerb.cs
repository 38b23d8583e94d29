using PainDrip.Core.Coaching;
using PainDrip.Infrastructure.Content;

namespace PainDrip.Cli;

/// <summary><c>content check [--dir content/lessons]</c>: validates the lesson library.</summary>
public static class ContentCheckVerb
{
    /// <summary>Prints one <c>path: problem</c> line per problem and returns 1, or a summary line and 0; 2 on bad usage.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!TryReadDirectory(args, out var directory, out var usageProblem))
        {
            await error.WriteLineAsync(usageProblem);
            await error.WriteLineAsync($"Usage: paindrip content check [--dir {LessonFolder.Default}]");
            return 2;
        }
        if (!Directory.Exists(directory))
        {
            await error.WriteLineAsync($"The lesson folder '{directory}' does not exist.");
            return 2;
        }
        var load = MarkdownLessonLibrary.LoadWithProblems(directory);
        var problems = ContentCheck.Check(load);
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem);
        }
        if (problems.Count > 0)
        {
            await error.WriteLineAsync($"{problems.Count} problem(s) in {directory}.");
            return 1;
        }
        await output.WriteLineAsync(Summary(load));
        return 0;
    }

    private static bool TryReadDirectory(string[] args, out string directory, out string problem)
    {
        directory = "";
        problem = "";
        if (args.Length == 0)
        {
            var found = LessonFolder.Find(Directory.GetCurrentDirectory());
            directory = found ?? "";
            problem = found is null ? $"No PainDrip.sln above the current folder, so no {LessonFolder.Default} to check; use --dir." : "";
            return found is not null;
        }
        if (args is ["--dir", var dir] && dir.Length > 0)
        {
            directory = dir;
            return true;
        }
        problem = $"Unexpected arguments: {string.Join(' ', args)}";
        return false;
    }


    private static string Summary(LessonLoad load)
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
            + $"By phase: {string.Join(", ", phases)}. By kind: {string.Join(", ", kinds)}.";
    }
}
