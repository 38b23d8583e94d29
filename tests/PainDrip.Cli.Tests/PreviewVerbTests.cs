using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;

namespace PainDrip.Cli.Tests;

public sealed class PreviewVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paindrip-preview-").FullName;
    private readonly ILessonLibrary _library = Substitute.For<ILessonLibrary>();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public PreviewVerbTests()
    {
        _library.Find("checkin-week-1").Returns(new Lesson(
            "checkin-week-1", Phase.Mobility, EmailKind.Checkin, [LessonTags.General],
            "How is your back?", "Tell us with one number.", 1, "Think back over the week."));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RunAsync_KnownLesson_WritesHtmlForTheSampleName()
    {
        var path = Path.Combine(_folder, "preview.html");

        var code = await Run("--lesson", "checkin-week-1", "--name", "<Ana>", "--out", path);

        Assert.Equal(0, code);
        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("Hi &lt;Ana&gt;,", html);
        Assert.Contains("number from 0 to 10", html);
        Assert.Contains(path, _output.ToString());
    }

    [Fact]
    public async Task RunAsync_UnknownLesson_FailsWithMessage()
    {
        var code = await Run("--lesson", "no-such-lesson", "--out", Path.Combine(_folder, "x.html"));

        Assert.Equal(1, code);
        Assert.Contains("no-such-lesson", _error.ToString());
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData]
    [InlineData("--name", "Sam")]
    [InlineData("--lesson")]
    [InlineData("--lesson", "checkin-week-1", "--colour", "red")]
    public async Task RunAsync_BadArguments_PrintsUsage(params string[] args)
    {
        Assert.Equal(2, await Run(args));
        Assert.Contains("Usage: paindrip preview", _error.ToString());
    }

    private Task<int> Run(params string[] args) => PreviewVerb.RunAsync(args, TextReader.Null, _output, _error, _library);
}
