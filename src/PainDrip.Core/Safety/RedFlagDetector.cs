using PainDrip.Core.Replies;

namespace PainDrip.Core.Safety;

/// <summary>Finds the red flags a person reports in their own words.</summary>
/// <remarks>
/// Negated ("no numbness", "never had chest pain") and resolved ("the numbness is gone") mentions do not count,
/// clause by clause; anything in doubt does. A red flag asked about ("should I worry about numbness?") counts,
/// so that a person looks at it.
/// </remarks>
public static class RedFlagDetector
{
    /// <summary>Returns the red flags in <paramref name="ownWords"/>, text already free of quoted history.</summary>
    public static IReadOnlySet<RedFlag> Detect(string? ownWords) =>
        DetectIn(ReplyText.FromOwnWords(ownWords ?? ""));

    internal static HashSet<RedFlag> DetectIn(ReplyText text) =>
        AssertedMentions.Find(text, RedFlagTerms.All, questionsCount: true);
}
