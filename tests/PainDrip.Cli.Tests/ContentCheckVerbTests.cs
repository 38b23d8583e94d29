namespace PainDrip.Cli.Tests;

public sealed class ContentCheckVerbTests : IDisposable
{
    private const string Body = "## How to do it\n\nSit tall and squeeze your shoulder blades.\n\n## One thing to do today\n\nDo 10 squeezes.\n";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "paindrip-cli-lessons-" + Guid.NewGuid().ToString("N"));

    public ContentCheckVerbTests() => WriteCompleteLibrary();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task RunAsync_CleanLibrary_PrintsSummaryAndReturnsZero()
    {
        var (code, output, _) = await RunAsync("--dir", _dir);

        Assert.Equal(0, code);
        Assert.Equal(
            $"OK: 49 files in {_dir}. By phase: calm 3, mobility 10, strength 18, return 11, graduation 1, any 6. "
            + "By kind: welcome 1, lesson 36, checkin 6, flare 1, safety 1, pause 1, resume 1, graduation 1, professional 1.",
            output.Trim());
    }

    [Fact]
    public async Task RunAsync_Problems_PrintsOneLinePerProblemAndReturnsOne()
    {
        var broken = Write("mobility/99-broken.md", Lesson("broken", "mobility", "lesson", 1, "[general, unknown_tag]"));
        File.Delete(Path.Combine(_dir, "special", "safety.md"));

        var (code, output, error) = await RunAsync("--dir", _dir);

        Assert.Equal(1, code);
        Assert.Equal(
            [$"{broken}: unknown tag 'unknown_tag' (see LessonTags.cs or content/README.md)", $"{_dir}: has no 'safety' email"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Contains("2 problem(s)", error);
    }

    [Theory]
    [InlineData("--dir")]
    [InlineData("--folder", "x")]
    [InlineData("--dir", "a", "b")]
    public async Task RunAsync_BadArguments_PrintsUsageAndReturnsTwo(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("Usage: paindrip content check", error);
    }

    [Fact]
    public async Task RunAsync_MissingFolder_ReturnsTwo()
    {
        var (code, _, error) = await RunAsync("--dir", Path.Combine(_dir, "nope"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public async Task RunAsync_NoDir_ChecksContentLessonsOfThisRepository()
    {
        var (code, output, _) = await RunAsync();

        Assert.NotEqual(2, code);
        Assert.Contains(Path.Combine("content", "lessons"), output);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ContentCheckVerb.RunAsync(args, TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private void WriteCompleteLibrary()
    {
        foreach (var (phase, count) in new[] { ("calm", 3), ("mobility", 9), ("strength", 15), ("return", 9) })
        {
            for (var i = 1; i <= count; i++)
            {
                Write($"{phase}/{i:00}.md", Lesson($"{phase}-{i}", phase, "lesson", i));
            }
        }
        string[] checkinPhases = ["mobility", "strength", "strength", "strength", "return", "return"];
        for (var week = 1; week <= 6; week++)
        {
            Write($"special/checkin-{week}.md", Lesson($"checkin-{week}", checkinPhases[week - 1], "checkin", week));
        }
        foreach (var kind in new[] { "welcome", "flare", "safety", "pause", "resume", "professional" })
        {
            Write($"special/{kind}.md", Lesson(kind, null, kind, 0));
        }
        Write("graduation/01.md", Lesson("graduation", "graduation", "graduation", 0));
    }

    private static string Lesson(string id, string? phase, string kind, int order, string tags = "[general]") =>
        $"---\nid: {id}\n{(phase is null ? "" : $"phase: {phase}\n")}kind: {kind}\ntags: {tags}\n"
        + $"title: \"T\"\nsummary: \"S\"\norder: {order}\n---\n{Body}";

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
