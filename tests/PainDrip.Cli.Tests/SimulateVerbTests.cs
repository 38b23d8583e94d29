using System.Text.Json;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;

namespace PainDrip.Cli.Tests;

public sealed class SimulateVerbTests : IDisposable
{
    private const string Profile = """
        {"email":"sam@example.com","firstName":"Sam","timeZone":"Europe/London","sendHour":7,"consent":true,
         "profile":{"areas":["neck"],"side":"right","dominantHand":"right","onset":"2026-02-20","painNow":6,
                    "severity":"moderate","triggers":["desk_posture"],"redFlags":[]}}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("simulate-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly IReplyReader _reader = Substitute.For<IReplyReader>();
    private readonly ILessonLibrary _library = Substitute.For<ILessonLibrary>();

    public SimulateVerbTests()
    {
        _reader.Read(Arg.Any<string>()).Returns(ReplySignal.Empty);
        List<Lesson> lessons =
        [
            Make("welcome", null, EmailKind.Welcome, 0), Make("flare", null, EmailKind.Flare, 0),
            Make("graduation", Phase.Graduation, EmailKind.Graduation, 0),
            .. Enumerable.Range(1, 6).Select(w => Make($"checkin-{w}", null, EmailKind.Checkin, w)),
            .. Enumerable.Range(1, 4).Select(i => Make($"mobility-{i}", Phase.Mobility, EmailKind.Lesson, i)),
            .. Enumerable.Range(1, 8).Select(i => Make($"strength-{i}", Phase.Strength, EmailKind.Lesson, i)),
            .. Enumerable.Range(1, 6).Select(i => Make($"return-{i}", Phase.Return, EmailKind.Lesson, i)),
        ];
        _library.All.Returns(lessons);
        _library.Find(Arg.Any<string>()).Returns(call => lessons.FirstOrDefault(l => l.Id == call.Arg<string>()));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Lesson Make(string id, Phase? phase, EmailKind kind, int order) =>
        new(id, phase, kind, [LessonTags.General], $"Subject {id}", "", order, "");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<int> Run(params string[] args) =>
        SimulateVerb.RunAsync(args, TextReader.Null, _output, _error, _library, _reader);

    [Fact]
    public async Task RunAsync_Help_PrintsUsageAndEveryOptionAndSucceeds()
    {
        var code = await Run("--help");

        Assert.Equal(0, code);
        Assert.StartsWith(SimulateVerb.Usage, _output.ToString(), StringComparison.Ordinal);
        Assert.All(new[] { "--profile", "--replies", "--start", "--out", "--help" }, option => Assert.Contains("  " + option, _output.ToString(), StringComparison.Ordinal));
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task RunAsync_ProfileAndReplies_PrintsTheTimelineObject()
    {
        _reader.Read("flared up").Returns(ReplySignal.Empty with { ReportsFlare = true });
        var replies = Write("r.json", """[{"day":16,"text":"flared up"}]""");

        var code = await Run("--profile", Write("p.json", Profile), "--replies", replies, "--start", "2026-03-02");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(_output.ToString());
        var emails = json.RootElement.GetProperty("emails");
        Assert.Equal("""{"day":0,"localTime":"09:00","phase":"mobility","kind":"welcome","lessonId":"welcome","subject":"Subject welcome","fields":{}}""",
            emails[0].GetRawText());
        Assert.Equal("""{"day":16,"text":"flared up","painScore":null,"gate":"step_back"}""",
            json.RootElement.GetProperty("replies")[0].GetRawText());
        Assert.Contains(emails.EnumerateArray(), e => e.GetProperty("kind").GetString() == "flare" && e.GetProperty("day").GetInt32() == 16);
        Assert.Equal("completed", json.RootElement.GetProperty("finalStatus").GetString());
        Assert.Equal("graduation", json.RootElement.GetProperty("finalPhase").GetString());
        // The flare adds a week; no check-in is answered, so return waits for an answer until the 28-day limit.
        Assert.Equal(70, emails[emails.GetArrayLength() - 1].GetProperty("day").GetInt32());
    }

    [Fact]
    public async Task RunAsync_OutFolder_WritesSimulationJsonToo()
    {
        var outDir = Path.Combine(_dir, "out");

        var code = await Run("--profile", Write("p.json", Profile), "--start", "2026-03-02", "--out", outDir);

        Assert.Equal(0, code);
        Assert.Equal(_output.ToString().Trim(), File.ReadAllText(Path.Combine(outDir, "simulation.json")).Trim());
    }

    [Theory]
    [InlineData()]
    [InlineData("--profile")]
    [InlineData("--profile", "p.json", "--colour", "red")]
    [InlineData("--profile", "p.json", "--start", "March 2")]
    public async Task RunAsync_BadArguments_ExitsWith2AndUsage(params string[] args)
    {
        var code = await Run(args);

        Assert.Equal(2, code);
        Assert.Contains("Usage:", _error.ToString());
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task RunAsync_MissingProfileFile_ExitsWith2NamingTheFile()
    {
        var code = await Run("--profile", Path.Combine(_dir, "nope.json"));

        Assert.Equal(2, code);
        Assert.Contains("nope.json", _error.ToString());
    }

    [Theory]
    [InlineData("""{"day":7}""")]
    [InlineData("""[{"day":-1,"text":"hi"}]""")]
    [InlineData("""[{"day":"seven","text":"hi"}]""")]
    [InlineData("""[{"day":7,""")]
    public async Task RunAsync_BadRepliesFile_ExitsWith2(string replies)
    {
        var code = await Run("--profile", Write("p.json", Profile), "--replies", Write("r.json", replies), "--start", "2026-03-02");

        Assert.Equal(2, code);
        Assert.Contains("r.json", _error.ToString());
    }

    [Fact]
    public async Task RunAsync_InvalidProfile_ListsEveryFieldProblem()
    {
        var profile = Write("p.json", Profile.Replace("\"sendHour\":7", "\"sendHour\":3").Replace("\"painNow\":6", "\"painNow\":12"));

        var code = await Run("--profile", profile, "--start", "2026-03-02");

        Assert.Equal(2, code);
        Assert.Contains("sendHour:", _error.ToString());
        Assert.Contains("profile.painNow:", _error.ToString());
    }

    [Fact]
    public async Task RunAsync_ProfileWithRedFlag_RefusesWithCareAdvice()
    {
        var code = await Run("--profile", Write("p.json", Profile.Replace("\"redFlags\":[]", "\"redFlags\":[\"chest_pain\"]")), "--start", "2026-03-02");

        Assert.Equal(2, code);
        Assert.Contains("emergency", _error.ToString());
    }
}
