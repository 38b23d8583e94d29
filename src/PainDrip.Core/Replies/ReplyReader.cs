using System.Text.RegularExpressions;
using PainDrip.Core.Intake;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Replies;

/// <summary>Reads a person's email reply: strips quoted history and signatures, then reads their own words.</summary>
/// <remarks>
/// Stateless and safe to share. Never throws: if reading fails (or the reply is too long to read whole), it
/// returns what it could with <see cref="ReplySignal.NeedsReview"/> set, so that a coach looks.
/// </remarks>
public sealed class ReplyReader : IReplyReader
{
    /// <summary>One shared reader.</summary>
    public static ReplyReader Instance { get; } = new();

    /// <inheritdoc />
    public ReplySignal Read(string text)
    {
        try
        {
            return ReadOwnWords(QuotedTextStripper.Split(text));
        }
        catch (RegexMatchTimeoutException)
        {
            return ReplySignal.Empty with { NeedsReview = true };
        }
        // The contract is "never throws": an unexpected failure becomes a reply a coach reads.
        catch (Exception)
        {
            return ReplySignal.Empty with { NeedsReview = true };
        }
    }

    private static ReplySignal ReadOwnWords(StrippedReply reply)
    {
        var ownWords = reply.OwnWords;
        var text = ReplyText.FromOwnWords(ownWords);
        var redFlags = RedFlagDetector.DetectIn(text);
        // Words taken for a signature or history may be the person's: a missed red flag is the worst failure.
        redFlags.UnionWith(RedFlagDetector.DetectIn(ReplyText.FromOwnWords(reply.CutWords)));
        var pain = PainScoreReader.Read(text);
        var flare = IntentReader.ReportsFlare(text);
        var trend = TrendReader.Read(text, pain.Change);
        return new ReplySignal(
            pain.Score,
            trend == Trend.Unknown && flare ? Trend.Worse : trend,
            redFlags,
            flare,
            IntentReader.AsksQuestion(text),
            IntentReader.WantsStop(text),
            IntentReader.WantsPause(text),
            IntentReader.Adherence(text),
            MentionReader.Triggers(text),
            MentionReader.Areas(text))
        {
            NeedsReview = text.Truncated || ownWords.Length >= QuotedTextStripper.MaxInputLength,
            Sports = SportReader.Read(text),
        };
    }
}
