using System.Text.Json;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Replies;

/// <summary>
/// The reader gives, for every reply in a recorded corpus (reply texts from the tests and lessons, thousands of
/// red-flag, negation, score, trend and intent combinations, and long hostile shapes), exactly the signal recorded
/// before the reader was made faster. Any change to what the reader finds shows up here, line by line.
/// </summary>
public sealed class ReplyReaderGoldenTests
{
    private const string GoldenFile = "ReplyReaderGolden.jsonl";

    [Fact]
    public void Read_RecordedCorpus_GivesTheRecordedSignals()
    {
        var entries = File.ReadLines(GoldenPath()).Select(Parse).ToList();
        Assert.True(entries.Count > 9_000, $"the corpus has {entries.Count} entries");

        var differences = entries
            .Select(e => (e.Text, Expected: e.Signal, Actual: GoldenSignal.Describe(ReplyReader.Instance.Read(e.Text))))
            .Where(d => d.Expected != d.Actual)
            .Take(5)
            .Select(d => $"{Shorten(d.Text)}\n  expected {d.Expected}\n  actual   {d.Actual}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static (string Text, string Signal) Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        return (json.RootElement.GetProperty("text").GetString()!, json.RootElement.GetProperty("signal").GetString()!);
    }

    private static string Shorten(string text) => JsonSerializer.Serialize(text.Length > 200 ? text[..200] + "…" : text);

    // The file sits next to this test in the source tree; walk up from the test binaries to find it.
    internal static string GoldenPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "PainDrip.Core.Tests", "Replies", GoldenFile);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException($"{GoldenFile} not found above {AppContext.BaseDirectory}");
    }
}
