using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Content;

/// <summary>
/// The Flesch–Kincaid grade of a lesson body, computed exactly as <c>/work/fk.py</c> does so that
/// writers can check a file with that script and get the same number as the content check.
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

    /// <summary>Syllables in one word: vowel groups, minus a final silent <c>e</c> (not <c>-le</c>), at least 1.</summary>
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
        var groups = VowelGroup().Count(w);
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && groups > 1)
        {
            groups--;
        }
        return Math.Max(1, groups);
    }

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
}
