using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public partial class ContentCheckTests
{
    [Fact]
    public void CheckCoverage_PhaseShortOfGeneralLessons_ReportsEveryTriggerProfile()
    {
        File.Delete(Path.Combine(_folder.Path, "calm", "03-lesson.md"));

        var problems = ContentCheck.CheckCoverage(MarkdownLessonLibrary.LoadWithProblems(_folder.Path));

        Assert.Equal(7 + 1, problems.Count); // seven trigger profiles, and 35 phase lessons in total
        Assert.Contains($"{_folder.Path}: phase calm has 2 lessons for the 'sleep' profile (tagged 'sleep' or 'general'); it needs 3", problems);
    }

    [Fact]
    public void CheckCoverage_TriggerTaggedLessonsCount_OnlyForTheirProfile()
    {
        // Strength has 15 general lessons; make 10 of them desk-only: the desk profile keeps 15, the others drop to 5.
        for (var i = 1; i <= 10; i++)
        {
            _folder.Write($"strength/{i:00}-lesson.md",
                LessonFixtures.Text(id: $"strength-lesson-{i}", phase: "strength", tags: "[desk_posture, neck]", order: $"{i}"));
        }

        var problems = ContentCheck.CheckCoverage(MarkdownLessonLibrary.LoadWithProblems(_folder.Path));

        Assert.Equal(6, problems.Count);
        Assert.DoesNotContain(problems, p => p.Contains("'desk_posture' profile"));
        Assert.Contains(problems, p => p.EndsWith("phase strength has 5 lessons for the 'phone_use' profile (tagged 'phone_use' or 'general'); it needs 10"));
    }

    [Fact]
    public void CheckCoverage_ChecksInsDoNotCountAsPhaseLessons()
    {
        File.Delete(Path.Combine(_folder.Path, "mobility", "09-lesson.md"));
        File.Delete(Path.Combine(_folder.Path, "mobility", "08-lesson.md"));
        File.Delete(Path.Combine(_folder.Path, "mobility", "07-lesson.md"));
        File.Delete(Path.Combine(_folder.Path, "mobility", "06-lesson.md"));

        var problems = ContentCheck.CheckCoverage(MarkdownLessonLibrary.LoadWithProblems(_folder.Path));

        Assert.Contains($"{_folder.Path}: has 32 phase lessons; it needs at least 36", problems);
        Assert.Contains(problems, p => p.Contains("phase mobility has 5 lessons for the 'stress' profile"));
    }

    [Theory]
    [InlineData("welcome")]
    [InlineData("flare")]
    [InlineData("safety")]
    [InlineData("pause")]
    [InlineData("resume")]
    [InlineData("professional")]
    [InlineData("stopped")]
    public void CheckCoverage_MissingSpecial_Reported(string kind)
    {
        File.Delete(Path.Combine(_folder.Path, "special", kind + ".md"));

        var problem = Assert.Single(ContentCheck.CheckCoverage(MarkdownLessonLibrary.LoadWithProblems(_folder.Path)));

        Assert.Equal($"{_folder.Path}: has no '{kind}' email", problem);
    }

    [Fact]
    public void CheckCoverage_MissingGraduation_Reported()
    {
        File.Delete(Path.Combine(_folder.Path, "graduation", "01-graduation.md"));

        var problem = Assert.Single(ContentCheck.CheckCoverage(MarkdownLessonLibrary.LoadWithProblems(_folder.Path)));

        Assert.Equal($"{_folder.Path}: has no 'graduation' email", problem);
    }

    [Fact]
    public void CheckCoverage_CheckinWeekMissing_ReportsThatOrder()
    {
        _folder.Write("special/checkin-4.md",
            LessonFixtures.Text(id: "checkin-week-4", phase: "strength", kind: "checkin", order: "7"));

        var problem = Assert.Single(ContentCheck.CheckCoverage(MarkdownLessonLibrary.LoadWithProblems(_folder.Path)));

        Assert.Equal($"{_folder.Path}: has no check-in with order 4", problem);
    }

    [Fact]
    public void CheckFiles_CoverageShortfall_IsNotAFileProblem()
    {
        File.Delete(Path.Combine(_folder.Path, "special", "welcome.md"));

        Assert.Empty(ContentCheck.CheckFiles(MarkdownLessonLibrary.LoadWithProblems(_folder.Path)));
    }
}
