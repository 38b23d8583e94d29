using PainDrip.Core.Coaching;

namespace PainDrip.Core.Tests.Coaching;

public sealed class ProgramTimelineTests
{
    [Theory]
    [InlineData(0, Phase.Mobility)]
    [InlineData(6, Phase.Mobility)]
    [InlineData(7, Phase.Strength)]
    [InlineData(27, Phase.Strength)]
    [InlineData(28, Phase.Return)]
    [InlineData(41, Phase.Return)]
    [InlineData(42, Phase.Graduation)]
    [InlineData(-3, Phase.Mobility)]
    public void PhaseOn_StandardProgram_FollowsTheWeeks(int day, Phase expected) =>
        Assert.Equal(expected, ProgramTimeline.Standard(acute: false).PhaseOn(day));

    [Theory]
    [InlineData(0, Phase.Calm)]
    [InlineData(2, Phase.Calm)]
    [InlineData(3, Phase.Mobility)]
    [InlineData(7, Phase.Strength)]
    public void PhaseOn_AcuteProgram_StartsWithThreeCalmDays(int day, Phase expected) =>
        Assert.Equal(expected, ProgramTimeline.Standard(acute: true).PhaseOn(day));

    [Fact]
    public void GraduationDay_Standard_Is42WithNoExtension()
    {
        var timeline = ProgramTimeline.Standard(acute: true);

        Assert.Equal((42, 0), (timeline.GraduationDay, timeline.ExtensionDays));
    }

    [Fact]
    public void Insert_InsideABlock_SplitsItAndPushesTheRestLater()
    {
        var timeline = ProgramTimeline.Standard(acute: false).Insert(16, Phase.Mobility, 7);

        Assert.Equal(
            [new(Phase.Mobility, 7), new(Phase.Strength, 9), new(Phase.Mobility, 7), new(Phase.Strength, 12), new(Phase.Return, 14)],
            timeline.Blocks);
        Assert.Equal((49, 7), (timeline.GraduationDay, timeline.ExtensionDays));
        Assert.Equal(Phase.Strength, timeline.PhaseOn(23));
    }

    [Fact]
    public void Insert_AtABlockBoundary_PutsTheBlockBetween()
    {
        var timeline = ProgramTimeline.Standard(acute: false).Insert(7, Phase.Mobility, 7);

        Assert.Equal([new(Phase.Mobility, 7), new(Phase.Mobility, 7), new(Phase.Strength, 21), new(Phase.Return, 14)], timeline.Blocks);
    }

    [Fact]
    public void Insert_AfterTheEnd_AppendsTheBlock()
    {
        var timeline = ProgramTimeline.Standard(acute: false).Insert(60, Phase.Return, 7);

        Assert.Equal((49, Phase.Return), (timeline.GraduationDay, timeline.PhaseOn(45)));
    }
}
