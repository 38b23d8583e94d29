using PainDrip.Infrastructure.Content;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Content;

public partial class ContentCheckTests
{
    private static readonly string RealLessons = Path.Combine(RepoPaths.Root, "content", "lessons");
    private static readonly string[] PhaseFolders = ["calm", "mobility", "strength", "return"];

    [Fact]
    public void CheckFiles_RealLibrary_EveryFileReadsAndPassesFileRules()
    {
        var load = MarkdownLessonLibrary.LoadWithProblems(RealLessons);

        Assert.Empty(load.Problems);
        Assert.Empty(ContentCheck.CheckFiles(load));
    }

    [Fact]
    public void Check_RealPhaseLessons_PassFileRulesAndShareNoRunWithTheSeeds()
    {
        var load = MarkdownLessonLibrary.LoadWithProblems(RealLessons);
        var phaseLessons = load.Files.Where(f => PhaseFolders.Contains(Path.GetFileName(Path.GetDirectoryName(f.Path)))).ToList();
        var phaseLoad = new LessonLoad(load.Directory, phaseLessons, []);

        Assert.InRange(phaseLessons.Count, ContentCheck.MinPhaseLessons, int.MaxValue);
        Assert.Empty(ContentCheck.CheckFiles(phaseLoad));
        Assert.Empty(ContentCheck.CheckSeeds(phaseLoad, RealSeeds()));
    }

    [Fact]
    public void Check_RealLibrary_PassesEveryRuleIncludingSeeds() =>
        Assert.Empty(ContentCheck.Check(MarkdownLessonLibrary.LoadWithProblems(RealLessons), RealSeeds()));

    [Fact]
    public void Load_RealLibrary_HasAllSpecials()
    {
        var library = MarkdownLessonLibrary.Load(RealLessons);

        Assert.All(ContentCheck.RequiredSpecials, k => Assert.Contains(library.All, l => l.Kind == k));
        Assert.Equal(ContentCheck.CheckinOrders,
            library.All.Where(l => l.Kind == Core.Coaching.EmailKind.Checkin && !l.HasTag(Core.Lessons.LessonTags.ExtraWeek)).Select(l => l.Order).Order());
        // A held, stepped-back or waiting week closes with a check-in that says so, in every phase it can happen in.
        Assert.Equal([Core.Coaching.Phase.Calm, Core.Coaching.Phase.Mobility, Core.Coaching.Phase.Strength, Core.Coaching.Phase.Return],
            library.All.Where(l => l.Kind == Core.Coaching.EmailKind.Checkin && l.HasTag(Core.Lessons.LessonTags.ExtraWeek)).Select(l => l.Phase!.Value).Order());
    }

    // The seeds live outside the repository (../shared/seeds next to the checkout, or PAINDRIP_SEEDS).
    // A run without them fails here with the places looked, rather than passing the no-copy rule on nothing.
    private static SeedLocation RealSeeds()
    {
        var seeds = SeedFolder.Locate(RepoPaths.Root);
        Assert.True(seeds.Directory is not null,
            $"Seed texts not found (looked in {string.Join(", ", seeds.Looked)}); set {SeedFolder.EnvironmentVariable}.");
        return seeds;
    }
}
