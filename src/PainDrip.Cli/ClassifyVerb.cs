using System.Text.Json;
using PainDrip.Core;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;

namespace PainDrip.Cli;

/// <summary>
/// <c>classify</c>: reads JSON lines <c>{"id":"a1","text":"…"}</c> and writes one line per input with what the
/// reply says. A bad line gets <c>{"id":…,"error":"…"}</c> and the rest go on; exit code 1 if any line was bad.
/// </summary>
public static class ClassifyVerb
{
    private sealed record Classified(
        string? Id, int? PainScore, Trend Trend, IReadOnlyList<RedFlag> RedFlags,
        bool AsksQuestion, bool WantsStop, bool WantsPause);

    private sealed record Failed(string? Id, string Error);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length > 0)
        {
            await error.WriteLineAsync("Usage: paindrip classify < replies.jsonl");
            return 2;
        }
        var reader = ReplyReader.Instance;
        var allParsed = true;
        var lineNumber = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var result = Classify(reader, line, lineNumber);
            allParsed &= result is Classified;
            await output.WriteLineAsync(JsonSerializer.Serialize(result, result.GetType(), CoreJson.Options));
        }
        return allParsed ? 0 : 1;
    }

    // Error messages never repeat the line: it may hold a person's words about their health.
    private static object Classify(ReplyReader reader, string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return new Failed(null, $"line {lineNumber}: not valid JSON");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Failed(null, $"line {lineNumber}: expected a JSON object");
            }
            var id = !root.TryGetProperty("id", out var idValue) ? null
                : idValue.ValueKind == JsonValueKind.String ? idValue.GetString()
                : idValue.ValueKind == JsonValueKind.Number ? idValue.GetRawText()
                : null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return new Failed(id, $"line {lineNumber}: the text field must be a string");
            }
            var signal = reader.Read(text.GetString()!);
            return new Classified(
                id, signal.PainScore, signal.Trend, signal.RedFlags.Order().ToList(),
                signal.AsksQuestion, signal.WantsStop, signal.WantsPause);
        }
    }
}
