using System.Text.Json;
using System.Text.RegularExpressions;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Replies;

/// <summary>
/// A prefilter may only skip a pattern on text the pattern cannot match. For every pattern with registered words,
/// examples written from each branch of the pattern's own source, and every text, sentence and fragment of the
/// recorded corpus, are run through the pattern with and without its prefilter: every match must get through.
/// </summary>
public sealed class PrefilterTests
{
    private static IReadOnlyList<Regex> Filtered()
    {
        // Reading once runs every reader's static set-up, which registers the words.
        ReplyReader.Instance.Read("numbness");
        return Prefilter.Filtered;
    }

    [Fact]
    public void Filtered_EveryRedFlagPattern_HasWords()
    {
        var filtered = Filtered();
        var missing = RedFlagTerms.All.Where(t => !filtered.Contains(t.Pattern)).Select(t => t.Key).ToList();

        Assert.True(RedFlagTerms.All.Count > 20, $"{RedFlagTerms.All.Count} red-flag patterns");
        Assert.Empty(missing);
    }

    [Fact]
    public void MayMatch_ExamplesOfEveryBranch_NeverSkipsAMatch()
    {
        var filtered = Filtered();
        var skipped = new List<string>();
        var unexercised = new List<string>();
        foreach (var pattern in filtered)
        {
            var branches = RegexExamples.ByBranch(pattern.ToString());
            for (var b = 0; b < branches.Count; b++)
            {
                var matching = branches[b].SelectMany(e => new[] { e, $" {e} ", $"so {e} now." }).Where(e => pattern.IsMatch(e)).ToList();
                if (matching.Count == 0)
                {
                    unexercised.Add($"branch {b} of {Shorten(pattern)}");
                }
                skipped.AddRange(matching.Where(e => !Prefilter.MayMatch(pattern, e)).Select(e => $"\"{e}\" by {Shorten(pattern)}"));
            }
        }

        Assert.True(filtered.Count > 20, $"{filtered.Count} filtered patterns");
        Assert.True(unexercised.Count == 0, "no example matches " + string.Join("\n", unexercised));
        Assert.True(skipped.Count == 0, "skipped " + string.Join("\n", skipped.Take(20)));
    }

    [Fact]
    public void MayMatch_RecordedCorpus_NeverSkipsAMatch()
    {
        var filtered = Filtered();
        var skipped = new List<string>();
        var matches = 0;
        foreach (var piece in CorpusPieces())
        {
            foreach (var pattern in filtered.Where(p => p.IsMatch(piece)))
            {
                matches++;
                if (!Prefilter.MayMatch(pattern, piece))
                {
                    skipped.Add($"\"{piece}\" by {Shorten(pattern)}");
                }
            }
        }

        Assert.True(matches > 5_000, $"{matches} matches in the corpus");
        Assert.True(skipped.Count == 0, "skipped " + string.Join("\n", skipped.Take(20)));
    }

    // Each recorded text as the readers see it: whole, sentence by sentence and fragment by fragment.
    private static IEnumerable<string> CorpusPieces()
    {
        foreach (var line in File.ReadLines(ReplyReaderGoldenTests.GoldenPath()))
        {
            using var json = JsonDocument.Parse(line);
            var text = ReplyText.FromOwnWords(json.RootElement.GetProperty("text").GetString()!);
            yield return text.Text;
            foreach (var sentence in text.Sentences.Where(s => text.Sentences.Count > 1))
            {
                yield return sentence.Text;
                foreach (var fragment in sentence.Fragments.Where(f => sentence.Fragments.Count > 1))
                {
                    yield return fragment;
                }
            }
        }
    }

    private static string Shorten(Regex pattern) => pattern.ToString()[..Math.Min(60, pattern.ToString().Length)];
}
