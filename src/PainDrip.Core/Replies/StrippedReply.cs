namespace PainDrip.Core.Replies;

/// <summary>A reply split by <see cref="QuotedTextStripper.Split"/>.</summary>
/// <param name="OwnWords">The person's own words, read for everything.</param>
/// <param name="CutWords">Text cut off as a signature or history that may still be the person's; read only for red flags.</param>
public sealed record StrippedReply(string OwnWords, string CutWords);
