using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public partial class ContentCheckTests
{
    private const string SeedText = "Tennis ball therapy works best where a muscle really is tight, so lean into it.";

    [Fact]
    public void CheckSeeds_LessonCopiesEightSeedWords_ReportsFileSeedAndRun()
    {
        var path = _folder.Write("mobility/99-copy.md", LessonFixtures.Text(id: "copied",
            body: LessonFixtures.GoodBody + "\nTennis-ball therapy works best where a muscle really is tight.\n"));

        var problem = Assert.Single(ContentCheck.CheckSeeds(Load(), SeedsWith(SeedText)));

        Assert.Equal($"{path}: shares 4 run(s) of 8 words with the seeds, first \"tennis ball therapy works best where a muscle\" "
            + "from seed.txt; say it in your own words", problem);
    }

    [Fact]
    public void CheckSeeds_TitleCopiesSeed_Reported()
    {
        _folder.Write("mobility/99-copy.md", LessonFixtures.Text(id: "copied-title",
            title: "\"Tennis ball therapy works best where a muscle is sore\""));

        Assert.Single(ContentCheck.CheckSeeds(Load(), SeedsWith(SeedText)));
    }

    [Fact]
    public void CheckSeeds_SameFactsInOwnWords_NoProblem()
    {
        _folder.Write("mobility/99-own.md", LessonFixtures.Text(id: "own-words",
            body: LessonFixtures.GoodBody + "\nA tennis ball helps most on a muscle that is truly tight: lean on it.\n"));

        Assert.Empty(ContentCheck.CheckSeeds(Load(), SeedsWith(SeedText)));
    }

    [Fact]
    public void CheckSeeds_SeedsFolderNotFound_SaysSoInsteadOfPassing()
    {
        var missing = Path.Combine(_folder.Path, "no-seeds-here");

        var problem = Assert.Single(ContentCheck.Check(Load(), SeedFolder.Locate(_folder.Path, missing)));

        Assert.Equal($"{_folder.Path}: seeds folder not found (looked in {missing}); the no-copy rule cannot run. "
            + "Pass --seeds DIR or set PAINDRIP_SEEDS.", problem);
    }

    [Fact]
    public void CheckSeeds_SeedsFolderEmpty_SaysSo()
    {
        using var empty = new TempLessonFolder();

        var problem = Assert.Single(ContentCheck.CheckSeeds(Load(), new SeedLocation(empty.Path, [empty.Path])));

        Assert.Equal($"{_folder.Path}: seeds folder {empty.Path} has no files; the no-copy rule cannot run.", problem);
    }

    [Fact]
    public void Check_WithSeedsFolder_RunsFileRulesAndSeedRule()
    {
        using var seeds = new TempLessonFolder();
        seeds.Write("seed.txt", SeedText);
        _folder.Write("mobility/99-copy.md", LessonFixtures.Text(id: "copied-summary",
            summary: "\"Tennis ball therapy works best where a muscle really is tight.\"", tags: "[general, yoga_mat]"));

        var problems = ContentCheck.Check(Load(), new SeedLocation(seeds.Path, [seeds.Path]));

        Assert.Equal(2, problems.Count);
        Assert.Contains("unknown tag 'yoga_mat'", problems[0]);
        Assert.Contains("from seed.txt", problems[1]);
    }

    private LessonLoad Load() => MarkdownLessonLibrary.LoadWithProblems(_folder.Path);

    private static SeedTexts SeedsWith(string text) => new([KeyValuePair.Create("seed.txt", text)]);
}
