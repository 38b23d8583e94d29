using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed class EscalationTests
{
    private static Enrollment WithScores(int signUp, params (int Day, int Score)[] reports) =>
        Profiles.Pending(new LocalDate(2026, 3, 1), pain: signUp) with
        {
            PainReports = reports.Select(r => new PainReport(r.Day, r.Score)).ToList(),
        };

    [Fact]
    public void IsDue_ClimbsOverTwoCheckins_IsTrue() => Assert.True(Escalation.IsDue(WithScores(5, (7, 6), (14, 7))));

    [Fact]
    public void IsDue_ClimbsSlowlyFiveToSeven_IsTrue() => Assert.True(Escalation.IsDue(WithScores(5, (7, 5), (14, 6), (21, 6), (28, 7))));

    [Fact]
    public void IsDue_OneRiseOnly_IsFalse() => Assert.False(Escalation.IsDue(WithScores(5, (7, 6))));

    [Fact]
    public void IsDue_OneJumpAfterSteadyScores_IsFalse() => Assert.False(Escalation.IsDue(WithScores(3, (6, 3), (13, 3), (17, 6))));

    [Fact]
    public void IsDue_RoseThenFell_IsFalse() => Assert.False(Escalation.IsDue(WithScores(4, (7, 6), (14, 3))));

    [Fact]
    public void IsDue_SixOrMoreForTwoWeeks_IsTrue() => Assert.True(Escalation.IsDue(WithScores(7, (7, 6), (14, 6))));

    [Fact]
    public void IsDue_HighForUnderTwoWeeks_IsFalse() => Assert.False(Escalation.IsDue(WithScores(6, (7, 6), (13, 6))));

    [Fact]
    public void IsDue_AlreadyEscalated_IsFalse() =>
        Assert.False(Escalation.IsDue(WithScores(5, (7, 6), (14, 7)) with { EscalatedOnDay = 14 }));

    [Theory]
    [InlineData(6, 2, GraduationOutcome.Recovered)]
    [InlineData(6, 4, GraduationOutcome.Improved)]
    [InlineData(6, 6, GraduationOutcome.NotImproved)]
    [InlineData(4, 7, GraduationOutcome.NotImproved)]
    public void OutcomeOf_LastScore_FitsTheEnding(int signUp, int last, GraduationOutcome expected) =>
        Assert.Equal(expected, Escalation.OutcomeOf(WithScores(signUp, (35, last))));

    [Fact]
    public void OutcomeOf_Escalated_IsNotImprovedEvenWhenLow() =>
        Assert.Equal(GraduationOutcome.NotImproved, Escalation.OutcomeOf(WithScores(6, (35, 1)) with { EscalatedOnDay = 14 }));

    [Fact]
    public void WithoutReturn_FromDay30_KeepsTheReturnDaysBeforeAndTurnsTheRestToStrength()
    {
        var timeline = Escalation.WithoutReturn(ProgramTimeline.Standard(acute: false), 30);

        Assert.Equal(Phase.Return, timeline.PhaseOn(29));
        Assert.Equal(Phase.Strength, timeline.PhaseOn(30));
        Assert.Equal(Phase.Strength, timeline.PhaseOn(41));
        Assert.Equal(42, timeline.GraduationDay);
    }
}
