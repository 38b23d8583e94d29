using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Safety;

public sealed class SeekCareNowTests
{
    [Fact]
    public void For_NoFlags_IsNull() => Assert.Null(SeekCareNow.For([]));

    [Fact]
    public void For_RepeatedAndMixedFlags_OneAdviceEachMostUrgentFirst()
    {
        var care = SeekCareNow.For([RedFlag.Weakness, RedFlag.BreathingDifficulty, RedFlag.Weakness])!;

        Assert.Equal([RedFlag.BreathingDifficulty, RedFlag.Weakness], care.Advice.Select(a => a.Flag));
        Assert.Equal(CareUrgency.Emergency, care.Urgency);
    }

    [Fact]
    public void Urgency_OnlySameDayFlags_IsSameDayDoctor() =>
        Assert.Equal(CareUrgency.SameDayDoctor, SeekCareNow.For([RedFlag.FeverInfection])!.Urgency);
}
