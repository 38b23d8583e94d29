using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Content;

/// <summary>
/// The seed texts as runs of <see cref="RunLength"/> words, to find lesson text copied from them.
/// Case, punctuation and Markdown are ignored: <c>Don't</c>, <c>dont</c> and <c>**don't**</c> are one word.
/// </summary>
public sealed partial class SeedTexts
{
    /// <summary>The shortest run of words a lesson may not share with a seed.</summary>
    public const int RunLength = 8;

    private readonly Dictionary<string, string> _seedByRun = new(StringComparer.Ordinal);

    /// <summary>Seeds by name (for messages) and text.</summary>
    public SeedTexts(IEnumerable<KeyValuePair<string, string>> textsByName)
    {
        var count = 0;
        foreach (var (name, text) in textsByName)
        {
            count++;
            foreach (var run in Runs(text))
            {
                _seedByRun.TryAdd(run, name);
            }
        }
        Count = count;
    }

    /// <summary>How many seed texts there are.</summary>
    public int Count { get; }

    /// <summary>Reads every file in <paramref name="directory"/> (not its subfolders), named by file name.</summary>
    public static SeedTexts Load(string directory) =>
        new(Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(Path.GetFileName(p), File.ReadAllText(p))));

    /// <summary>Each run of <paramref name="text"/> found in a seed, in text order, once per run, with the seed's name.</summary>
    public IReadOnlyList<(string Run, string Seed)> SharedRuns(string text) =>
        [.. Runs(text).Distinct(StringComparer.Ordinal)
            .Where(_seedByRun.ContainsKey)
            .Select(r => (r, _seedByRun[r]))];

    /// <summary>The words of a text, lower case, without apostrophes; anything else that is not a letter or digit splits words.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. WordChars().Matches(Apostrophe().Replace(text.ToLowerInvariant(), "")).Select(m => m.Value)];

    private static IEnumerable<string> Runs(string text)
    {
        var words = Words(text);
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(RunLength));
        }
    }

    [GeneratedRegex("['\u2018\u2019\u02BC]")]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordChars();
}
