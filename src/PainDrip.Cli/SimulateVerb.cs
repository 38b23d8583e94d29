using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PainDrip.Core;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;

namespace PainDrip.Cli;

/// <summary><c>simulate --profile p.json [--replies r.json] [--start yyyy-MM-dd] [--out DIR]</c>: runs the real planner
/// and reply reader on a fake clock and prints the email timeline as one JSON object.</summary>
public static class SimulateVerb
{
    public const string Usage = "Usage: paindrip simulate --profile p.json [--replies r.json] [--start yyyy-MM-dd] [--out DIR]";

    public const string Help = """
          --profile p.json   the sign-up, as the sign-up form posts it (required)
          --replies r.json   replies as [{"day":6,"text":"4/10, better"}]; each arrives at 12:00 local on that day
          --start DATE       the confirmation date (day 0), such as 2026-03-02; onset is judged against it. Default: today
          --out DIR          also write every email as HTML and text, and DIR/index.html with the replies and a pain line
          --help             print this help
        Prints the timeline as one JSON object on stdout.
        """;

    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, ILessonLibrary library, IReplyReader reader)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await output.WriteLineAsync(Usage);
            await output.WriteLineAsync(Help);
            return 0;
        }
        if (!TryParseOptions(args, out var options, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }
        var profileJson = await ReadFileAsync(options.Profile!, "profile", error);
        var repliesJson = options.Replies is null ? "[]" : await ReadFileAsync(options.Replies, "replies", error);
        if (profileJson is null || repliesJson is null)
        {
            return 2;
        }
        var request = await ReadProfileAsync(profileJson, options, error);
        var replies = await ReadRepliesAsync(repliesJson, options.Replies ?? "", error);
        if (request is null || replies is null)
        {
            return 2;
        }
        var start = options.Start ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[request.TimeZone]).Date;
        // The first read pays for JIT compilation, which on a busy machine can exceed the reader's match timeouts and
        // mark the reply unreadable; a throwaway read first keeps the simulation about the replies themselves.
        reader.Read("warm-up 3/10");
        var result = new ProgramSimulation(library, reader).Run(request, start, replies);
        var json = JsonSerializer.Serialize(result, CoreJson.Options);
        await output.WriteLineAsync(json);
        if (options.Out is not null)
        {
            Directory.CreateDirectory(options.Out);
            await File.WriteAllTextAsync(Path.Combine(options.Out, "simulation.json"), json + Environment.NewLine);
            var pages = await SimulationPages.WriteAsync(options.Out, result, request, library);
            // Stdout stays pure JSON; the note about the files goes to stderr.
            await error.WriteLineAsync($"Wrote {pages} emails (HTML and text) and index.html to {Path.GetFullPath(options.Out)}");
        }
        return 0;
    }

    private sealed record Options(string? Profile, string? Replies, LocalDate? Start, string? Out);

    private static bool TryParseOptions(string[] args, out Options options, out string problem)
    {
        options = new(null, null, null, null);
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null || value.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"Option '{args[i]}' needs a value.";
                return false;
            }
            switch (args[i])
            {
                case "--profile": options = options with { Profile = value }; break;
                case "--replies": options = options with { Replies = value }; break;
                case "--out": options = options with { Out = value }; break;
                case "--start":
                    var parsed = LocalDatePattern.Iso.Parse(value);
                    if (!parsed.Success)
                    {
                        problem = $"--start '{value}' is not a date like 2026-03-02.";
                        return false;
                    }
                    options = options with { Start = parsed.Value };
                    break;
                default:
                    problem = $"Unknown option '{args[i]}'.";
                    return false;
            }
            i++;
        }
        problem = options.Profile is null ? "Missing --profile." : "";
        return options.Profile is not null;
    }

    private static async Task<string?> ReadFileAsync(string path, string what, TextWriter error)
    {
        try
        {
            return await File.ReadAllTextAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"Cannot read the {what} file '{path}': {e.Message}");
            return null;
        }
    }

    private static async Task<EnrollmentRequest?> ReadProfileAsync(string json, Options options, TextWriter error)
    {
        var decision = options.Start is { } start ? IntakeReader.Check(json, start) : IntakeReader.Check(json, SystemClock.Instance.GetCurrentInstant());
        foreach (var problem in decision.Errors)
        {
            await error.WriteLineAsync($"{options.Profile}: {(problem.Field.Length == 0 ? "" : problem.Field + ": ")}{problem.Message}");
        }
        if (decision.SeekCare is { } care)
        {
            await error.WriteLineAsync($"{options.Profile}: this profile reports red flags, so it cannot enroll:");
            foreach (var advice in care.Advice)
            {
                await error.WriteLineAsync($"  {advice.Message}");
            }
        }
        return decision.IsEnrollable ? decision.Request : null;
    }

    private static async Task<IReadOnlyList<SimulatedReply>?> ReadRepliesAsync(string json, string path, TextWriter error)
    {
        var replies = new List<SimulatedReply>();
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                await error.WriteLineAsync($"{path}: should be a JSON list like [{{\"day\":7,\"text\":\"...\"}}].");
                return null;
            }
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (ReplyOf(item) is not { } reply)
                {
                    await error.WriteLineAsync($"{path}: item {index} needs a whole-number \"day\" of 0 or more and a \"text\" string.");
                    return null;
                }
                replies.Add(reply);
                index++;
            }
            return replies;
        }
        catch (JsonException e)
        {
            await error.WriteLineAsync($"{path}: not valid JSON ({e.Message}).");
            return null;
        }
    }

    private static SimulatedReply? ReplyOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("day", out var day) && day.ValueKind == JsonValueKind.Number && day.TryGetInt32(out var number) && number >= 0
        && item.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? new SimulatedReply(number, text.GetString()!)
            : null;
}
