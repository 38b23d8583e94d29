using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Safety;

public sealed class RedFlagInfoTests
{
    [Fact]
    public void For_EveryFlag_HasALabelAndDescription()
    {
        foreach (var flag in Enum.GetValues<RedFlag>())
        {
            var info = RedFlagInfo.For(flag);

            Assert.Equal(flag, info.Flag);
            Assert.False(string.IsNullOrWhiteSpace(info.Label));
            Assert.False(string.IsNullOrWhiteSpace(info.Description));
        }
    }

    [Fact]
    public void All_ListsEveryFlagOnceInEnumOrder()
    {
        Assert.Equal(Enum.GetValues<RedFlag>(), RedFlagInfo.All.Select(i => i.Flag));
    }

    [Theory]
    [InlineData(RedFlag.ChestPain, true)]
    [InlineData(RedFlag.BreathingDifficulty, true)]
    [InlineData(RedFlag.MajorTrauma, true)]
    [InlineData(RedFlag.NumbnessTingling, false)]
    public void For_Flag_SaysWhetherItIsUrgent(RedFlag flag, bool urgent)
    {
        Assert.Equal(urgent, RedFlagInfo.For(flag).Urgent);
    }

    [Fact]
    public void For_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RedFlagInfo.For((RedFlag)999));
    }
}
