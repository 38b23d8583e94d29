namespace PainDrip.Infrastructure.Tests.Content;

/// <summary>A throwaway lesson folder, deleted after the test.</summary>
internal sealed class TempLessonFolder : IDisposable
{
    public TempLessonFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "paindrip-lessons-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Builds lesson file text; every default passes the content check.</summary>
internal static class LessonFixtures
{
    public const string GoodBody = """
        ## Why it helps

        When you sit at a desk for hours, the muscles between your shoulder blades are held in a long, weak position and tire easily. A short, gentle squeeze reminds them to work and eases that tired ache.

        ## How to do it

        - Sit tall with your elbows bent and close to your sides, then draw your shoulder blades back and together.
        - Hold the squeeze for five seconds, breathing normally, and relax slowly before the next one.

        ## One thing to do today

        Before lunch, do ten slow squeezes with a five-second hold, and notice how your upper back feels afterwards.
        """;

    public static string Text(
        string id = "mobility-test",
        string? phase = "mobility",
        string kind = "lesson",
        string tags = "[general]",
        string title = "\"A test lesson\"",
        string summary = "\"A short summary.\"",
        string order = "10",
        string body = GoodBody,
        string? refers = null)
    {
        var phaseLine = phase is null ? "" : $"phase: {phase}\n";
        var refersLine = refers is null ? "" : $"refers: {refers}\n";
        return $"---\nid: {id}\n{phaseLine}kind: {kind}\ntags: {tags}\ntitle: {title}\nsummary: {summary}\norder: {order}\n{refersLine}---\n{body}\n";
    }

    /// <summary>Writes a library that passes every rule: 36 general phase lessons plus all the specials.</summary>
    public static void WriteCompleteLibrary(TempLessonFolder folder)
    {
        var counts = new (string Phase, int Count)[] { ("calm", 3), ("mobility", 9), ("strength", 15), ("return", 9) };
        foreach (var (phase, count) in counts)
        {
            for (var i = 1; i <= count; i++)
            {
                folder.Write($"{phase}/{i:00}-lesson.md", Text(id: $"{phase}-lesson-{i}", phase: phase, order: $"{i}"));
            }
        }
        var checkinPhases = new[] { "mobility", "strength", "strength", "strength", "return", "return" };
        for (var week = 1; week <= 6; week++)
        {
            folder.Write($"special/checkin-{week}.md",
                Text(id: $"checkin-week-{week}", phase: checkinPhases[week - 1], kind: "checkin", order: $"{week}"));
        }
        foreach (var kind in new[] { "welcome", "flare", "safety", "pause", "resume", "professional", "stopped" })
        {
            folder.Write($"special/{kind}.md", Text(id: $"special-{kind}", phase: null, kind: kind, order: "0"));
        }
        folder.Write("graduation/01-graduation.md",
            Text(id: "graduation-plan", phase: "graduation", kind: "graduation", order: "0"));
    }
}
