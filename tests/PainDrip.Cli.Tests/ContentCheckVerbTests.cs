namespace PainDrip.Cli.Tests;

public sealed class ContentCheckVerbTests : IDisposable
{
    private const string Body = "## How to do it\n\nSit tall, bend your elbows and draw your shoulder blades back and together, "
        + "as if you held a pencil between them.\n\n## One thing to do today\n\n"
        + "Before lunch, do ten slow squeezes with a five-second hold, and notice how your back feels after.\n";
    private const string SeedText = "Draw the shoulder blades in toward the spine to wake up the back muscles.";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "paindrip-cli-lessons-" + Guid.NewGuid().ToString("N"));
    private readonly string _dir;
    private readonly string _seeds;

    public ContentCheckVerbTests()
    {
        _dir = Path.Combine(_root, "lessons");
        _seeds = Path.Combine(_root, "seeds");
        WriteCompleteLibrary();
        Directory.CreateDirectory(_seeds);
        File.WriteAllText(Path.Combine(_seeds, "seed.txt"), SeedText);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RunAsync_CleanLibrary_PrintsSummaryAndReturnsZero()
    {
        var (code, output, _) = await RunAsync("--dir", _dir, "--seeds", _seeds);

        Assert.Equal(0, code);
        Assert.Equal(
            $"OK: 50 files in {_dir}. By phase: calm 3, mobility 10, strength 18, return 11, graduation 1, any 7. "
            + "By kind: welcome 1, lesson 36, checkin 6, flare 1, safety 1, pause 1, resume 1, graduation 1, professional 1, stopped 1. "
            + $"No 8-word run shared with the seeds in {_seeds}.",
            output.Trim());
    }

    [Fact]
    public async Task RunAsync_LessonCopiesSeed_ReportsItAndReturnsOne()
    {
        var copied = Write("mobility/99-copied.md", Lesson("copied", "mobility", "lesson", 1,
            body: Body + "\nDraw the shoulder blades in toward the spine to wake up the back.\n"));

        var (code, output, _) = await RunAsync("--seeds", _seeds, "--dir", _dir);

        Assert.Equal(1, code);
        Assert.StartsWith($"{copied}: shares 6 run(s) of 8 words with the seeds", output.Trim());
    }

    [Fact]
    public async Task RunAsync_SeedsFolderMissing_SaysSoAndReturnsOne()
    {
        var missing = Path.Combine(_root, "no-seeds");

        var (code, output, _) = await RunAsync("--dir", _dir, "--seeds", missing);

        Assert.Equal(1, code);
        Assert.Equal($"{_dir}: seeds folder not found (looked in {missing}); the no-copy rule cannot run. "
            + "Pass --seeds DIR or set PAINDRIP_SEEDS.", output.Trim());
    }

    [Fact]
    public async Task RunAsync_Problems_PrintsOneLinePerProblemAndReturnsOne()
    {
        var broken = Write("mobility/99-broken.md", Lesson("broken", "mobility", "lesson", 1, "[general, unknown_tag]"));
        File.Delete(Path.Combine(_dir, "special", "safety.md"));

        var (code, output, error) = await RunAsync("--dir", _dir, "--seeds", _seeds);

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
    [InlineData("--seeds")]
    [InlineData("--dir", "a", "--dir", "b")]
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
        foreach (var kind in new[] { "welcome", "flare", "safety", "pause", "resume", "professional", "stopped" })
        {
            Write($"special/{kind}.md", Lesson(kind, null, kind, 0));
        }
        Write("graduation/01.md", Lesson("graduation", "graduation", "graduation", 0));
    }

    private static string Lesson(string id, string? phase, string kind, int order, string tags = "[general]", string body = Body) =>
        $"---\nid: {id}\n{(phase is null ? "" : $"phase: {phase}\n")}kind: {kind}\ntags: {tags}\n"
        + $"title: \"T\"\nsummary: \"S\"\norder: {order}\n---\n{body}";

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
