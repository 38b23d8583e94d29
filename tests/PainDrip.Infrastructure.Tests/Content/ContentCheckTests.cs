using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public partial class ContentCheckTests : IDisposable
{
    private readonly TempLessonFolder _folder = new();

    public ContentCheckTests() => LessonFixtures.WriteCompleteLibrary(_folder);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_CompleteLibrary_FindsNoProblems() =>
        Assert.Empty(ContentCheck.Check(_folder.Path));

    [Fact]
    public void Check_UnreadableFile_ReportsItWithPath()
    {
        var path = _folder.Write("mobility/99-broken.md", "---\nid: x\n");

        Assert.Equal($"{path}: front matter is not closed: add a '---' line after it", Assert.Single(ContentCheck.Check(_folder.Path)));
    }

    [Fact]
    public void Check_DuplicateId_ReportsSecondFileNamingFirst()
    {
        var path = _folder.Write("mobility/99-copy.md", LessonFixtures.Text(id: "mobility-lesson-1"));

        var problem = Assert.Single(ContentCheck.Check(_folder.Path));

        Assert.StartsWith($"{path}: id 'mobility-lesson-1' is already used by ", problem);
    }

    [Theory]
    [InlineData("Mobility_Test")]
    [InlineData("mobility--test")]
    [InlineData("mobility test")]
    public void Check_BadIdFormat_Reported(string id) =>
        AssertOneProblem(LessonFixtures.Text(id: $"\"{id}\""), "must be lower-case words joined by hyphens");

    [Fact]
    public void Check_LessonWithoutPhase_Reported()
    {
        var path = _folder.Write("special/99-nophase.md", LessonFixtures.Text(id: "no-phase", phase: null));

        Assert.Equal($"{path}: a lesson needs a phase", Assert.Single(ContentCheck.Check(_folder.Path)));
    }

    [Fact]
    public void Check_PhaseDiffersFromFolder_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "wrong-folder", phase: "strength"),
            "is in the mobility folder but its phase is strength");

    [Fact]
    public void Check_NoTags_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "no-tags", tags: "[]"), "has no tags");

    [Fact]
    public void Check_UnknownTag_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "odd-tag", tags: "[general, yoga_mat]"), "unknown tag 'yoga_mat'");

    [Fact]
    public void Check_EmptyTitle_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "no-title", title: "\"\""), "title is empty");

    [Fact]
    public void Check_EmptySummary_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "no-summary", summary: "\" \""), "summary is empty");

    [Fact]
    public void Check_EmptySection_Reported()
    {
        var body = "## Nothing here\n\n" + LessonFixtures.GoodBody;

        AssertOneProblem(LessonFixtures.Text(id: "empty-section", body: body), "section '## Nothing here' is empty");
    }

    [Fact]
    public void Check_SectionWithOnlySubheading_IsEmpty()
    {
        var body = "## Parent\n\n### Child\n\n" + LessonFixtures.GoodBody;

        AssertOneProblem(LessonFixtures.Text(id: "only-subheading", body: body), "section '## Parent' is empty");
    }

    [Fact]
    public void Check_EmptyLastSection_Reported()
    {
        var body = LessonFixtures.GoodBody[..LessonFixtures.GoodBody.IndexOf("Before lunch", StringComparison.Ordinal)];

        AssertOneProblem(LessonFixtures.Text(id: "empty-last", body: body), "section '## One thing to do today' is empty");
    }

    [Fact]
    public void Check_WrongLastSection_Reported()
    {
        var body = LessonFixtures.GoodBody + "\n## Why it helps\n\nA short, steady squeeze wakes up the tired muscles between your shoulder blades again.";

        AssertOneProblem(LessonFixtures.Text(id: "wrong-end", body: body), "must end with a '## One thing to do today' section");
    }

    [Fact]
    public void Check_NoSectionsAtAll_Reported() =>
        AssertOneProblem(LessonFixtures.Text(id: "no-sections", body: string.Join('\n',
                LessonFixtures.GoodBody.Split('\n').Where(l => !l.StartsWith('#')))),
            "must end with a '## One thing to do today' section");

    [Fact]
    public void Check_HardToRead_ReportsGrade()
    {
        var body = "## Why\n\nConsistently practising diaphragmatic breathing considerably improves musculoskeletal "
            + "flexibility and neuromuscular coordination.\n\n## One thing to do today\n\nBreathe.";

        AssertOneProblem(LessonFixtures.Text(id: "hard-words", body: body), "is above 8 (use shorter sentences");
    }

    [Fact]
    public void Check_ChoppyBabyTalk_ReportsGradeBelowFive()
    {
        var body = "## Why\n\nIt helps. It is good. You can do it.\n\n## How to do it\n\nSit up. Pull back. Hold it. Let go."
            + "\n\n## One thing to do today\n\nDo it now.";

        AssertOneProblem(LessonFixtures.Text(id: "baby-talk", body: body), "is below 5 (join choppy sentences");
    }

    private void AssertOneProblem(string text, string expected)
    {
        var path = _folder.Write("mobility/99-broken.md", text);

        var problem = Assert.Single(ContentCheck.Check(_folder.Path));

        Assert.StartsWith(path + ": ", problem);
        Assert.Contains(expected, problem);
    }
}
