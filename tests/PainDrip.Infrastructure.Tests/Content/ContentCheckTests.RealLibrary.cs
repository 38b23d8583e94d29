using PainDrip.Infrastructure.Content;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Content;

public partial class ContentCheckTests
{
    private static readonly string RealLessons = Path.Combine(RepoPaths.Root, "content", "lessons");

    [Fact]
    public void CheckFiles_RealLibrary_EveryFileReadsAndPassesFileRules()
    {
        var load = MarkdownLessonLibrary.LoadWithProblems(RealLessons);

        Assert.Empty(load.Problems);
        Assert.Empty(ContentCheck.CheckFiles(load));
    }

    [Fact]
    public void Check_RealLibrary_PassesEveryRule() =>
        Assert.Empty(ContentCheck.Check(RealLessons));

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
}
