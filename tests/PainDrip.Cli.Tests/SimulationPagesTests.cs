using System.Text.RegularExpressions;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;
using PainDrip.Infrastructure.Content;
using PainDrip.TestSupport;

namespace PainDrip.Cli.Tests;

public sealed partial class SimulationPagesTests : IDisposable
{
    private const string Profile = """
        {"email":"sam@example.com","firstName":"Sam","timeZone":"Europe/London","sendHour":7,"consent":true,
         "profile":{"areas":["between_shoulder_blades"],"side":"right","dominantHand":"right","onset":"2026-02-20","painNow":6,
                    "severity":"moderate","triggers":["desk_posture"],"redFlags":[]}}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("simulate-pages-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task RunAsync_OutWithRealLessons_WritesIndexAndOneHtmlAndTextFilePerEmail()
    {
        var library = MarkdownLessonLibrary.Load(Path.Combine(RepoPaths.Root, "content", "lessons"));
        var replies = Write("r.json", """[{"day":7,"text":"5 out of 10, a bit better"},{"day":14,"text":"it flared up again, 7/10"}]""");
        var outDir = Path.Combine(_dir, "out");

        var code = await SimulateVerb.RunAsync(
            ["--profile", Write("p.json", Profile), "--replies", replies, "--start", "2026-03-02", "--out", outDir],
            TextReader.Null, _output, _error, library, ReplyReader.Instance);

        Assert.Equal(0, code);
        var emails = System.Text.Json.JsonDocument.Parse(_output.ToString()).RootElement.GetProperty("emails").GetArrayLength();
        var html = Directory.GetFiles(outDir, "*.html").Select(Path.GetFileName).Where(name => name != "index.html").Order().ToList();
        var text = Directory.GetFiles(outDir, "*.txt").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.True(emails > 10);
        Assert.Equal(emails, html.Count);
        Assert.Equal(html.Select(Path.GetFileNameWithoutExtension), text);
        Assert.All(html, name => Assert.Matches(EmailFile(), name));
        Assert.StartsWith("01-day0-welcome-", html[0]);
        Assert.Contains(html, name => name!.Contains("-flare-", StringComparison.Ordinal));
        var index = await File.ReadAllTextAsync(Path.Combine(outDir, "index.html"));
        Assert.All(html, name => Assert.Contains($"href=\"{name}\"", index));
        Assert.Contains("Hi Sam,", await File.ReadAllTextAsync(Path.Combine(outDir, Path.ChangeExtension(html[0], ".txt")!)));
        Assert.Contains("index.html", _error.ToString());
    }

    [Fact]
    public async Task WriteAsync_TitlesAndNamesWithMarkup_AreEscapedInTheIndex()
    {
        var lesson = new Lesson("welcome", null, EmailKind.Welcome, [LessonTags.General], "Rest <b>&</b> breathe", "", 0, "Hello.");
        var library = Substitute.For<ILessonLibrary>();
        library.Find("welcome").Returns(lesson);
        var result = new SimulationResult([new SimulatedEmail(0, "09:00", Phase.Mobility, EmailKind.Welcome, "welcome", lesson.Title)],
            EnrollmentStatus.Active, Phase.Mobility);
        var request = new EnrollmentRequest("ana@example.com", "<Ana>", "Europe/Paris", 8, true, null!);

        var written = await SimulationPages.WriteAsync(_dir, result, request, library);

        Assert.Equal(1, written);
        var index = await File.ReadAllTextAsync(Path.Combine(_dir, "index.html"));
        Assert.Contains("Rest &lt;b&gt;&amp;&lt;/b&gt; breathe", index);
        Assert.Contains("For &lt;Ana&gt;,", index);
        Assert.DoesNotContain("<Ana>", index);
        Assert.True(File.Exists(Path.Combine(_dir, "01-day0-welcome-welcome.html")));
    }

    [GeneratedRegex(@"^\d{2,}-day\d+-[a-z_]+-[A-Za-z0-9._-]+\.html$")]
    private static partial Regex EmailFile();
}
