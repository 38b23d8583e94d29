using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public partial class ContentCheckTests
{
    [Fact]
    public void Check_RefersUnknownId_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "mobility-follow-up", refers: "[mobility-lesson-1, mobility-no-such-lesson]"),
            "refers to unknown lesson id 'mobility-no-such-lesson'");

    [Fact]
    public void Check_RefersToItself_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "mobility-follow-up", refers: "[mobility-follow-up]"), "refers to itself");

    [Fact]
    public void Check_RefersKnownId_NoProblem()
    {
        _folder.Write("mobility/99-follow-up.md", LessonFixtures.Text(id: "mobility-follow-up", refers: "[mobility-lesson-1]"));

        Assert.Empty(ContentCheck.Check(_folder.Path));
    }

    [Fact]
    public void Load_Refers_CarriedOnTheLesson()
    {
        _folder.Write("mobility/99-follow-up.md", LessonFixtures.Text(id: "mobility-follow-up", refers: "[mobility-lesson-1, mobility-lesson-2]"));

        var lesson = MarkdownLessonLibrary.Load(_folder.Path).Find("mobility-follow-up")!;

        Assert.Equal(["mobility-lesson-1", "mobility-lesson-2"], lesson.Refers);
    }
}
