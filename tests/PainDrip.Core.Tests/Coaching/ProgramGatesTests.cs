using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Replies;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed class ProgramGatesTests
{
    private static Enrollment WithPain(int? pain) => Profiles.Pending(new LocalDate(2026, 2, 1)) with { LatestPain = pain };

    [Theory]
    [InlineData(5, 7, true)]
    [InlineData(5, 6, false)]
    [InlineData(5, 3, false)]
    [InlineData(null, 9, false)]
    public void IsFlare_PainScore_FlaresOnARiseOfTwoOrMore(int? before, int now, bool expected) =>
        Assert.Equal(expected, ProgramGates.IsFlare(WithPain(before), Signals.Pain(now)));

    [Fact]
    public void IsFlare_FlareReportedWithoutAScore_Flares() =>
        Assert.True(ProgramGates.IsFlare(WithPain(3), Signals.Flare()));

    [Theory]
    [InlineData(5, 4, true)]
    [InlineData(5, 5, true)]
    [InlineData(5, 6, false)]
    [InlineData(2, 2, true)]
    [InlineData(1, 2, true)]
    [InlineData(null, 4, true)]
    [InlineData(null, 7, false)]
    [InlineData(7, 7, false)]
    [InlineData(8, 7, false)]
    [InlineData(8, 6, true)]
    public void ShowsGreenLights_PainScore_GreenWhenNoHigherAndUnderSevenOrLow(int? before, int now, bool expected) =>
        Assert.Equal(expected, ProgramGates.ShowsGreenLights(WithPain(before), Signals.Pain(now)));

    [Theory]
    [InlineData(Trend.Better, CheckinAnswer.Green)]
    [InlineData(Trend.Unknown, CheckinAnswer.NoAnswer)]
    [InlineData(Trend.Same, CheckinAnswer.NotGreen)]
    [InlineData(Trend.Worse, CheckinAnswer.NotGreen)]
    public void ReadAnswer_NoScore_FollowsTheTrendAndUnknownIsNoAnswer(Trend trend, CheckinAnswer expected) =>
        Assert.Equal(expected, ProgramGates.ReadAnswer(WithPain(5), Signals.Trending(trend)));

    [Fact]
    public void ShowsGreenLights_ScoreUpButWordsSayBetter_TheScoreWins() =>
        Assert.False(ProgramGates.ShowsGreenLights(WithPain(5), Signals.Pain(6, Trend.Better)));

    [Theory]
    [InlineData(Phase.Calm, Phase.Calm)]
    [InlineData(Phase.Mobility, Phase.Calm)]
    [InlineData(Phase.Strength, Phase.Mobility)]
    [InlineData(Phase.Return, Phase.Strength)]
    public void Gentler_EachPhase_StepsBackOne(Phase from, Phase expected) =>
        Assert.Equal(expected, ProgramGates.Gentler(from));

    [Fact]
    public void StepBack_AtTheExtensionLimit_LeavesTheTimelineAlone()
    {
        var enrollment = WithPain(5);
        for (var i = 0; i < 6; i++)
        {
            enrollment = ProgramGates.StepBack(enrollment, 10);
        }

        Assert.Equal(28, enrollment.ExtensionDays);
        Assert.Equal(6, enrollment.Flares);
    }

    [Fact]
    public void Hold_AfterACheckin_ExtendsThePhaseTheCheckinClosed()
    {
        var enrollment = WithPain(5).WithSent(new(EmailKind.Checkin, "checkin-week-1", Phase.Mobility, 6, Instant.FromUnixTimeSeconds(0)));

        var held = ProgramGates.Hold(enrollment, 7);

        Assert.Equal((Phase.Mobility, Phase.Strength, 1), (held.Timeline.PhaseOn(13), held.Timeline.PhaseOn(14), held.Holds));
    }
}
