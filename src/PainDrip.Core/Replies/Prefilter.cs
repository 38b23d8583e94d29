using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>
/// Cheap literal checks in front of costly patterns: a pattern is only run when the text holds at least one of the
/// words that every match of it must contain. One vectorised scan replaces a regex scan that tries every position.
/// </summary>
/// <remarks>
/// The words of a pattern must be derived from the pattern itself, branch by branch: each branch of the pattern needs
/// at least one of them as a plain substring of any text it matches (lower case, as the readers see it). A pattern
/// with no words registered always runs, so leaving a pattern out is always safe.
/// </remarks>
internal static class Prefilter
{
    private static readonly ConditionalWeakTable<Regex, SearchValues<string>> Words = [];

    /// <summary>Registers the words one of which every match of <paramref name="pattern"/> contains.</summary>
    public static Regex Needs(this Regex pattern, params string[] words)
    {
        Words.AddOrUpdate(pattern, SearchValues.Create(words, StringComparison.Ordinal));
        return pattern;
    }

    /// <summary>Every pattern with words registered so far (the tests prove none of them ever skips a match).</summary>
    public static IReadOnlyList<Regex> Filtered => Words.Select(pair => pair.Key).ToList();

    /// <summary>False only when <paramref name="text"/> lacks every word the pattern needs, so it cannot match.</summary>
    public static bool MayMatch(Regex pattern, string text) =>
        !Words.TryGetValue(pattern, out var words) || text.AsSpan().ContainsAny(words);

    /// <summary><see cref="Regex.IsMatch(string)"/>, skipped when the text lacks the pattern's words.</summary>
    public static bool IsMatchFiltered(this Regex pattern, string text) => MayMatch(pattern, text) && pattern.IsMatch(text);

    /// <summary><see cref="Regex.Count(string)"/>, 0 without counting when the text lacks the pattern's words.</summary>
    public static int CountFiltered(this Regex pattern, string text) => MayMatch(pattern, text) ? pattern.Count(text) : 0;

    /// <summary><see cref="Regex.Matches(string)"/>, empty without a scan when the text lacks the pattern's words.</summary>
    public static IReadOnlyList<Match> MatchesFiltered(this Regex pattern, string text) =>
        MayMatch(pattern, text) ? pattern.Matches(text) : [];

    /// <summary>
    /// <see cref="Regex.Replace(string, string)"/>; the text itself when it lacks the pattern's words (as Replace
    /// returns it when nothing matches).
    /// </summary>
    public static string ReplaceFiltered(this Regex pattern, string text, string replacement) =>
        MayMatch(pattern, text) ? pattern.Replace(text, replacement) : text;

    /// <summary><see cref="Regex.Replace(string, MatchEvaluator)"/>; the text itself when it lacks the pattern's words.</summary>
    public static string ReplaceFiltered(this Regex pattern, string text, MatchEvaluator evaluator) =>
        MayMatch(pattern, text) ? pattern.Replace(text, evaluator) : text;
}
