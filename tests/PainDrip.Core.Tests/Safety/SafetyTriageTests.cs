using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Safety;

public sealed class SafetyTriageTests
{
    [Theory]
    [InlineData(RedFlag.ChestPain, CareUrgency.Emergency)]
    [InlineData(RedFlag.BreathingDifficulty, CareUrgency.Emergency)]
    [InlineData(RedFlag.BladderBowel, CareUrgency.Emergency)]
    [InlineData(RedFlag.HeartSymptoms, CareUrgency.Emergency)]
    [InlineData(RedFlag.StrokeSigns, CareUrgency.Emergency)]
    [InlineData(RedFlag.OtherEmergency, CareUrgency.Emergency)]
    [InlineData(RedFlag.NumbnessTingling, CareUrgency.SameDayDoctor)]
    [InlineData(RedFlag.Weakness, CareUrgency.SameDayDoctor)]
    [InlineData(RedFlag.FeverInfection, CareUrgency.SameDayDoctor)]
    [InlineData(RedFlag.NightPain, CareUrgency.SameDayDoctor)]
    public void UrgencyOf_Flag_MatchesTheKindOfCareNeeded(RedFlag flag, CareUrgency expected) =>
        Assert.Equal(expected, SafetyTriage.UrgencyOf(flag));

    [Fact]
    public void AdviceFor_EveryFlag_SaysWhichCareInPlainWords()
    {
        foreach (var flag in Enum.GetValues<RedFlag>())
        {
            var advice = SafetyTriage.AdviceFor(flag);
            var expected = advice.Urgency == CareUrgency.Emergency ? "emergency" : "doctor today";
            Assert.Contains(expected, advice.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AdviceFor_EveryFlag_HasItsOwnMessage() =>
        Assert.Equal(Enum.GetValues<RedFlag>().Length, Enum.GetValues<RedFlag>().Select(f => SafetyTriage.AdviceFor(f).Message).Distinct().Count());
}
