using System.Text;
using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>A sentence of a reply, lower-cased, with its comma- and contrast-separated fragments.</summary>
internal sealed record Sentence(string Text, bool IsQuestion, IReadOnlyList<string> Fragments);

/// <summary>The person's own words, normalized (lower case, plain quotes, no links) and split into sentences.</summary>
internal sealed partial class ReplyText
{
    /// <summary>The most characters of own words that are read; beyond this the reply needs a human look.</summary>
    public const int MaxLength = 20_000;

    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;

    private ReplyText(string text, IReadOnlyList<Sentence> sentences, bool truncated)
    {
        Text = text;
        Sentences = sentences;
        Truncated = truncated;
    }

    /// <summary>All own words as one lower-case string, sentences separated by newlines.</summary>
    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The own words were longer than <see cref="MaxLength"/> and were cut.</summary>
    public bool Truncated { get; }

    /// <summary>Normalizes own words (already stripped of quotes and signatures).</summary>
    public static ReplyText FromOwnWords(string ownWords)
    {
        var truncated = ownWords.Length > MaxLength;
        var text = Normalize(truncated ? ownWords[..MaxLength] : ownWords);
        var sentences = SplitSentences(text);
        return new ReplyText(string.Join('\n', sentences.Select(s => s.Text)), sentences, truncated);
    }

    private static string Normalize(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '`' or '\u00b4' => '\'',
                '\u201c' or '\u201d' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\n' => '\n',
                _ when char.IsControl(c) || char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }
        var plain = Link().Replace(builder.ToString(), " ");
        // People often type "cant" and "couldnt"; the readers match "can't" and "couldn't".
        return MissingApostrophe().Replace(plain, "$1't");
    }

    private static List<Sentence> SplitSentences(string text)
    {
        var sentences = new List<Sentence>();
        foreach (var block in JoinWrappedLines(text))
        {
            foreach (var piece in SentenceEnd().Split(block))
            {
                var sentence = Spaces().Replace(piece, " ").Trim();
                if (sentence.Length > 0)
                {
                    var fragments = FragmentBreak().Split(sentence).Where(f => f.Trim().Length > 0).ToList();
                    sentences.Add(new Sentence(sentence, sentence.Contains('?'), fragments));
                }
            }
        }
        return sentences;
    }

    // Hard-wrapped lines (long, no bullet next) continue the same sentence; short lines stand alone.
    private static IEnumerable<string> JoinWrappedLines(string text)
    {
        var current = new StringBuilder();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            current.Append(line).Append(' ');
            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : "";
            var continues = line.Length >= 50 && next.Length > 0 && !Bullet().IsMatch(next);
            if (!continues)
            {
                yield return current.ToString();
                current.Clear();
            }
        }
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*[,;]\s*|\s+(?:but|though|although|however|except|yet|whereas|apart\s+from|other\s+than|besides)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex FragmentBreak();

    [GeneratedRegex(@"^(?:[-*•]|\d{1,2}[.)])\s", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\b(can|couldn|don|didn|doesn|isn|wasn|won|wouldn|haven|hasn|hadn|aren|weren|shouldn)t\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex MissingApostrophe();
}
