using PainDrip.Core.Intake;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Replies;

/// <summary>Reads a person's email reply: strips quoted history and signatures, then reads their own words.</summary>
/// <remarks>
/// Stateless and safe to share. Every reader is linear in the length of the reply, which is bounded
/// (<see cref="ReplyText.MaxLength"/>), so reading cannot time out on real mail. Red flags are read first; if any
/// later part still fails, the reply keeps every red flag found so far and is marked
/// <see cref="ReplySignal.NeedsReview"/>, so that a coach reads it. Never throws.
/// </remarks>
public sealed class ReplyReader : IReplyReader
{
    /// <summary>One shared reader.</summary>
    public static ReplyReader Instance { get; } = new();

    /// <inheritdoc />
    public ReplySignal Read(string text)
    {
        var flags = new HashSet<RedFlag>();
        try
        {
            return ReadOwnWords(QuotedTextStripper.Split(text), flags);
        }
        // The contract is "never throws": a failure becomes a reply a coach reads, with the red flags already found.
        catch (Exception)
        {
            return ReplySignal.Empty with { RedFlags = flags.Count > 0 ? flags : RawFlags(text), NeedsReview = true };
        }
    }

    // Reading failed before the red flags were read: look for them in the raw text, in case the stripping failed.
    private static HashSet<RedFlag> RawFlags(string text)
    {
        try
        {
            return RedFlagDetector.DetectIn(ReplyText.FromOwnWords(text ?? ""));
        }
        catch (Exception)
        {
            return [];
        }
    }

    private static ReplySignal ReadOwnWords(StrippedReply reply, HashSet<RedFlag> flags)
    {
        var ownWords = reply.OwnWords;
        var text = ReplyText.FromOwnWords(ownWords);
        flags.UnionWith(RedFlagDetector.DetectIn(text));
        // Words taken for a signature or history may be the person's: a missed red flag is the worst failure.
        if (reply.CutWords.Length > 0)
        {
            flags.UnionWith(RedFlagDetector.DetectIn(ReplyText.FromOwnWords(reply.CutWords)));
        }
        var pain = PainScoreReader.Read(text);
        var flare = IntentReader.ReportsFlare(text);
        var trend = TrendReader.Read(text, pain.Change);
        return new ReplySignal(
            pain.Score,
            trend == Trend.Unknown && flare ? Trend.Worse : trend,
            flags,
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
            WorsensDaily = IntentReader.WorsensDaily(text),
            ReportsAllClear = IntentReader.ReportsAllClear(text),
            WantsDataDeleted = IntentReader.WantsDataDeleted(text),
        };
    }
}
