using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Safety;

public sealed class SafetyTriageTests
{
    // The urgency each flag must have, written out as the behaviour we want (not read from production code).
    private static readonly Dictionary<RedFlag, CareUrgency> Expected = new()
    {
        [RedFlag.ChestPain] = CareUrgency.Emergency,
        [RedFlag.NumbnessTingling] = CareUrgency.SameDayDoctor,
        [RedFlag.Weakness] = CareUrgency.SameDayDoctor,
        [RedFlag.BreathingDifficulty] = CareUrgency.Emergency,
        [RedFlag.BladderBowel] = CareUrgency.Emergency,
        [RedFlag.FeverInfection] = CareUrgency.SameDayDoctor,
        [RedFlag.MajorTrauma] = CareUrgency.Emergency,
        [RedFlag.CancerOrWeightLoss] = CareUrgency.SameDayDoctor,
        [RedFlag.SevereHeadache] = CareUrgency.Emergency,
        [RedFlag.HeartSymptoms] = CareUrgency.Emergency,
        [RedFlag.NightPain] = CareUrgency.SameDayDoctor,
        [RedFlag.BalanceLoss] = CareUrgency.SameDayDoctor,
        [RedFlag.StrokeSigns] = CareUrgency.Emergency,
        [RedFlag.OtherEmergency] = CareUrgency.Emergency,
        [RedFlag.SuddenTearingPain] = CareUrgency.Emergency,
    };

    public static TheoryData<RedFlag> EveryFlag => new(Enum.GetValues<RedFlag>());

    [Fact]
    public void Expected_CoversEveryRedFlag_SoANewFlagNeedsAnUrgencyHere() =>
        Assert.Equal(Enum.GetValues<RedFlag>().Order(), Expected.Keys.Order());

    [Theory]
    [MemberData(nameof(EveryFlag))]
    public void UrgencyOf_EveryFlag_MatchesTheKindOfCareNeeded(RedFlag flag)
    {
        Assert.True(Expected.TryGetValue(flag, out var expected), $"{flag} has no expected urgency in this test");
        Assert.Equal(expected, SafetyTriage.UrgencyOf(flag));
    }

    [Theory]
    [MemberData(nameof(EveryFlag))]
    public void AdviceFor_EveryFlag_SaysWhichCareInPlainWords(RedFlag flag)
    {
        var advice = SafetyTriage.AdviceFor(flag);

        var words = Expected[flag] == CareUrgency.Emergency ? "emergency" : "see a doctor today";
        Assert.Contains(words, advice.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AdviceFor_EveryFlag_HasItsOwnMessage() =>
        Assert.Equal(Expected.Count, Enum.GetValues<RedFlag>().Select(f => SafetyTriage.AdviceFor(f).Message).Distinct().Count());

    [Fact]
    public void UrgencyOf_UndefinedFlag_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SafetyTriage.UrgencyOf((RedFlag)999));

    [Fact]
    public void MostUrgent_MixedFlags_IsEmergency() =>
        Assert.Equal(CareUrgency.Emergency, SafetyTriage.MostUrgent([RedFlag.NumbnessTingling, RedFlag.StrokeSigns]));

    [Fact]
    public void MostUrgent_DoctorFlagsOnly_IsSameDayDoctor() =>
        Assert.Equal(CareUrgency.SameDayDoctor, SafetyTriage.MostUrgent([RedFlag.FeverInfection, RedFlag.NightPain]));
}
