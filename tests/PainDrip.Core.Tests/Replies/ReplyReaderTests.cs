using PainDrip.Core.Replies;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Replies;

public sealed partial class ReplyReaderTests
{
    private static readonly ReplyReader Reader = new();

    private static readonly Dictionary<string, ReplyCase> Cases =
        ScoreCases.Concat(TrendCases).Concat(RedFlagCases).Concat(QuotingCases).Concat(IntentCases)
            .Concat(MentionCases).Concat(OddTextCases).Concat(SpreadingCases).Concat(NotTheirsCases).Concat(OtherNumberCases)
            .ToDictionary(c => c.Name);

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Read_RealisticReply_ReadsTheFieldsItIsAbout(string name)
    {
        var reply = Cases[name];

        var signal = Reader.Read(reply.Text);

        reply.AssertMatches(signal);
    }

    [Fact]
    public void Cases_Table_HasAtLeastEightyReplies()
    {
        Assert.True(Cases.Count >= 80, $"only {Cases.Count} replies");
    }

    [Fact]
    public void Cases_Table_CoversEveryRedFlag()
    {
        var covered = Cases.Values.SelectMany(c => c.Flags ?? []).ToHashSet();

        Assert.Equal(Enum.GetValues<RedFlag>().Order(), covered.Order());
    }

    [Fact]
    public void Read_Null_ReturnsEmptySignal()
    {
        var signal = Reader.Read(null!);

        Assert.Null(signal.PainScore);
        Assert.Equal(Trend.Unknown, signal.Trend);
        Assert.False(signal.HasRedFlag);
        Assert.False(signal.NeedsReview);
    }

    [Fact]
    public void Read_OwnWordsLongerThanTheLimit_NeedsReview()
    {
        var text = string.Concat(Enumerable.Repeat("Pretty good week overall, nothing to add. ", 1000));

        var signal = Reader.Read(text);

        Assert.True(signal.NeedsReview);
    }

    [Fact]
    public void Read_RedFlagAtTheEndOfALongReply_IsFound()
    {
        var text = string.Concat(Enumerable.Repeat("Work was busy and I sat a lot.\n", 300)) + "My fingers went numb today.";

        var signal = Reader.Read(text);

        Assert.Contains(RedFlag.NumbnessTingling, signal.RedFlags);
    }
}
