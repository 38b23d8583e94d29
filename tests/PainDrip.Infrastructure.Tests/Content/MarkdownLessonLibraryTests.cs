using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public class MarkdownLessonLibraryTests
{
    [Fact]
    public void Load_ValidFolder_ReadsEveryFieldAndBody()
    {
        using var folder = new TempLessonFolder();
        folder.Write("mobility/10-squeeze.md", LessonFixtures.Text(
            id: "mobility-squeeze", tags: "[general, desk_posture]", title: "\"Squeeze, gently\"", order: "20"));

        var lesson = Assert.Single(MarkdownLessonLibrary.Load(folder.Path).All);

        Assert.Equal("mobility-squeeze", lesson.Id);
        Assert.Equal(Phase.Mobility, lesson.Phase);
        Assert.Equal(EmailKind.Lesson, lesson.Kind);
        Assert.Equal(["general", "desk_posture"], lesson.Tags);
        Assert.Equal("Squeeze, gently", lesson.Title);
        Assert.Equal("A short summary.", lesson.Summary);
        Assert.Equal(20, lesson.Order);
        Assert.StartsWith("## Why it helps", lesson.Body);
        Assert.EndsWith("notice how your upper back feels afterwards.", lesson.Body);
    }

    [Fact]
    public void Load_NestedFoldersAndReadme_ReadsLessonsRecursivelyAndSkipsReadme()
    {
        using var folder = new TempLessonFolder();
        folder.Write("README.md", "# Not a lesson");
        folder.Write("calm/README.md", "# Not a lesson either");
        folder.Write("calm/01-cold.md", LessonFixtures.Text(id: "calm-cold", phase: "calm"));
        folder.Write("special/01-safety.md", LessonFixtures.Text(id: "special-safety", phase: null, kind: "safety"));

        var library = MarkdownLessonLibrary.Load(folder.Path);

        Assert.Equal(2, library.All.Count);
        Assert.Null(library.Find("special-safety")!.Phase);
        Assert.Equal(EmailKind.Safety, library.Find("special-safety")!.Kind);
    }

    [Fact]
    public void Load_LessonsInSeveralPhases_OrdersByPhaseThenOrder()
    {
        using var folder = new TempLessonFolder();
        folder.Write("special/a.md", LessonFixtures.Text(id: "special-pause", phase: null, kind: "pause", order: "0"));
        folder.Write("strength/b.md", LessonFixtures.Text(id: "strength-b", phase: "strength", order: "5"));
        folder.Write("mobility/c.md", LessonFixtures.Text(id: "mobility-late", order: "30"));
        folder.Write("mobility/d.md", LessonFixtures.Text(id: "mobility-early", order: "10"));

        var ids = MarkdownLessonLibrary.Load(folder.Path).All.Select(l => l.Id);

        Assert.Equal(["mobility-early", "mobility-late", "strength-b", "special-pause"], ids);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        using var folder = new TempLessonFolder();
        folder.Write("mobility/a.md", LessonFixtures.Text());

        Assert.Null(MarkdownLessonLibrary.Load(folder.Path).Find("no-such-lesson"));
    }

    [Theory]
    [InlineData("no front matter at all\n", "must start with a '---' line")]
    [InlineData("---\nid: x\nkind: lesson\n", "not closed")]
    [InlineData("---\n---\nbody\n", "front matter is empty")]
    [InlineData("---\nid: [unclosed\n---\nbody\n", "front matter is not valid")]
    public void Load_BrokenFrontMatter_ThrowsNamingFileAndProblem(string text, string problem)
    {
        using var folder = new TempLessonFolder();
        var path = folder.Write("mobility/bad.md", text);

        var e = Assert.Throws<LessonFormatException>(() => MarkdownLessonLibrary.Load(folder.Path));

        Assert.Equal(path, e.Path);
        Assert.Contains(problem, e.Problem);
        Assert.StartsWith(path + ": ", e.Message);
    }

    [Theory]
    [InlineData("phase: mobility", "phase: week1", "unknown phase 'week1'")]
    [InlineData("kind: lesson", "kind: newsletter", "unknown kind 'newsletter'")]
    [InlineData("kind: lesson", "kind: Lesson", "unknown kind 'Lesson'")]
    [InlineData("order: 10", "order: soon", "front matter is not valid")]
    [InlineData("tags: [general]", "tags: [general]\ntag: [neck]", "unknown field 'tag'")]
    [InlineData("id: mobility-test\n", "", "no 'id'")]
    [InlineData("tags: [general]\n", "", "no 'tags'")]
    [InlineData("title: \"A test lesson\"\n", "", "no 'title'")]
    [InlineData("summary: \"A short summary.\"\n", "", "no 'summary'")]
    [InlineData("order: 10\n", "", "no 'order'")]
    [InlineData("kind: lesson\n", "", "no 'kind'")]
    public void Load_BadField_ThrowsWithProblem(string field, string replacement, string problem)
    {
        using var folder = new TempLessonFolder();
        folder.Write("mobility/bad.md", LessonFixtures.Text().Replace(field, replacement));

        var e = Assert.Throws<LessonFormatException>(() => MarkdownLessonLibrary.Load(folder.Path));

        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void Load_DuplicateIds_ThrowsNamingBothFiles()
    {
        using var folder = new TempLessonFolder();
        var first = folder.Write("mobility/a.md", LessonFixtures.Text(id: "same"));
        var second = folder.Write("mobility/b.md", LessonFixtures.Text(id: "same"));

        var e = Assert.Throws<LessonFormatException>(() => MarkdownLessonLibrary.Load(folder.Path));

        Assert.Equal(second, e.Path);
        Assert.Contains(first, e.Problem);
    }

    [Fact]
    public void LoadWithProblems_OneBadFile_KeepsGoodFilesAndReportsBadOne()
    {
        using var folder = new TempLessonFolder();
        folder.Write("mobility/a.md", LessonFixtures.Text(id: "good"));
        var bad = folder.Write("mobility/b.md", "no front matter\n");

        var load = MarkdownLessonLibrary.LoadWithProblems(folder.Path);

        Assert.Equal("good", Assert.Single(load.Files).Lesson.Id);
        Assert.StartsWith(bad + ": ", Assert.Single(load.Problems));
    }

    [Fact]
    public void LoadWithProblems_MissingFolder_ThrowsDirectoryNotFound() =>
        Assert.Throws<DirectoryNotFoundException>(
            () => MarkdownLessonLibrary.LoadWithProblems(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid())));

    [Fact]
    public void Constructor_DuplicateIds_Throws()
    {
        var lesson = new Lesson("same", Phase.Mobility, EmailKind.Lesson, ["general"], "T", "S", 1, "Body");

        Assert.Throws<ArgumentException>(() => new MarkdownLessonLibrary([lesson, lesson with { Order = 2 }]));
    }
}
