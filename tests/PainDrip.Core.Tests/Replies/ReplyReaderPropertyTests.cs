using FsCheck;
using FsCheck.Fluent;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Replies;

public sealed class ReplyReaderPropertyTests
{
    private static readonly ReplyReader Reader = new();

    private static readonly string[] Pieces =
    [
        "pain", "7/10", "out of", "ten", "a", "4", "or", "-", "from", "to", "no", "not", "numbness", "chest", "tight",
        "?", "\n", "> ", "On Mon wrote:", "-- ", "From: x", "Sent: y", "!", ",", "but", "99", "10", "/", ".", "0",
        "\u202e", "\u0000", "😊", "é", "ﷺ", "  ", "gone", "never", "spasm", "again", "stop", "pause",
    ];

    private static Gen<string> ReplyLike =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Join(" ", parts));

    private static Config Runs => Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Read_AnyString_NeverThrowsAndScoreStaysOnTheScale()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var signal = Reader.Read(text);
            return signal.PainScore is null or (>= 0 and <= 10);
        }).Check(Runs);
    }

    [Fact]
    public void Read_ReplyLikeJunk_NeverThrowsAndScoreStaysOnTheScale()
    {
        Prop.ForAll(ReplyLike.ToArbitrary(), text =>
        {
            var signal = Reader.Read(text);
            return signal.PainScore is null or (>= 0 and <= 10);
        }).Check(Runs);
    }

    [Fact]
    public void Read_StatedScore_IsReadBack()
    {
        Prop.ForAll(Gen.Choose(0, 10).ToArbitrary(), score =>
            Reader.Read($"Quick update: {score}/10 this week.").PainScore == score).Check(Runs);
    }

    [Fact]
    public void Read_RandomBytesAsText_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var signal = Reader.Read(System.Text.Encoding.UTF8.GetString(bytes));
            return signal.PainScore is null or (>= 0 and <= 10);
        }).Check(Runs);
    }
}
