using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Content;

/// <summary>
/// The Flesch–Kincaid grade of a lesson body: the school grade a reader needs, from sentence length
/// and syllables per word.
/// </summary>
/// <remarks>
/// Headings are dropped; list markers, links, emphasis, code and quote marks are removed; every
/// paragraph line and list item ends a sentence. Sentences split on runs of <c>. ! ?</c>; words are
/// runs of ASCII letters, digits and straight apostrophes. Grade = 0.39·W/S + 11.8·Y/W − 15.59.
/// </remarks>
public static partial class Readability
{
    /// <summary>The Flesch–Kincaid grade of a Markdown body (no front matter); 0 when it has no words.</summary>
    public static double Grade(string markdownBody)
    {
        var text = string.Join(" ", ScoredLines(markdownBody));
        var sentenceCount = SentenceBreak().Split(text).Count(s => AsciiAlphanumeric().IsMatch(s));
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0 || sentenceCount == 0)
        {
            return 0.0;
        }
        var syllableCount = words.Sum(Syllables);
        return 0.39 * words.Count / sentenceCount + 11.8 * syllableCount / words.Count - 15.59;
    }

    /// <summary>
    /// Syllables in one word, estimated from its spelling: vowel groups (<c>y</c> counts as a vowel),
    /// then the usual English corrections, at least 1; a number counts as 1.
    /// </summary>
    /// <remarks>
    /// Corrections: a final silent <c>e</c> (<c>make</c>, <c>whole</c>; not <c>table</c>, <c>agree</c>),
    /// a silent <c>-ed</c> or <c>-es</c> (<c>walked</c>, <c>makes</c>; not <c>wanted</c>, <c>places</c>,
    /// <c>muscles</c>), a sounded ending in <c>-sm</c> or <c>-thm</c> (<c>spasm</c>, <c>rhythm</c>), and
    /// vowels said as two syllables (<c>trial</c>, <c>usual</c>, <c>quiet</c>, <c>doing</c>).
    /// </remarks>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'');
        if (w.Length == 0)
        {
            return 0;
        }
        if (w.All(char.IsAsciiDigit))
        {
            return 1;
        }
        var stem = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w.Replace("'", "", StringComparison.Ordinal);
        var groups = VowelGroup().Count(stem);
        if (groups > 1 && HasSilentEnding(stem))
        {
            groups--;
        }
        groups += SoundedEnding().Count(stem) + SplitVowelPair().Count(stem);
        return Math.Max(1, groups);
    }

    private static bool HasSilentEnding(string w) =>
        SilentFinalE().IsMatch(w) && !ConsonantLe().IsMatch(w);

    private static IEnumerable<string> ScoredLines(string body)
    {
        foreach (var raw in LineBreak().Split(body))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            line = ListMarker().Replace(line, "", 1);
            line = Link().Replace(line, "$1");
            line = MarkupChar().Replace(line, "");
            yield return EndsSentence().IsMatch(line) ? line : line + ".";
        }
    }

    // The same line breaks as Python's str.splitlines().
    [GeneratedRegex("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex("[*_`>]")]
    private static partial Regex MarkupChar();

    [GeneratedRegex("[.!?]$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex("[.!?]+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex("[A-Za-z0-9]")]
    private static partial Regex AsciiAlphanumeric();

    [GeneratedRegex("[A-Za-z0-9']+")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    // make, whole, walked, makes; the -ed and -es rules skip endings that are said (wanted, places, wishes).
    [GeneratedRegex("(?:[^aeiouy]e|[^aeiouytd]ed|(?:[^aeiouysxzcgh]|[^cs]h)es)$")]
    private static partial Regex SilentFinalE();

    // table, tables, settled: the e after consonant + l is part of a said syllable.
    [GeneratedRegex("[^aeiouy]l(?:e|es|ed)$")]
    private static partial Regex ConsonantLe();

    // spasm, rhythm(s): a final m after s or th makes its own syllable.
    [GeneratedRegex("(?:s|th)ms?$")]
    private static partial Regex SoundedEnding();

    // trial, usual, quiet, doing: vowels said as two syllables (not in special, guard, quality).
    [GeneratedRegex("(?:(?<![ctsg])ia|(?<![qg])ua|iet|[aeiouy]ing)")]
    private static partial Regex SplitVowelPair();
}
