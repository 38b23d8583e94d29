using System.Text.RegularExpressions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PainDrip.Infrastructure.Content;

/// <summary>Reads one lesson file: YAML front matter between two <c>---</c> lines, then the Markdown body.</summary>
internal static partial class LessonFileParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly Dictionary<string, Phase> Phases =
        Enum.GetValues<Phase>().ToDictionary(p => p.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private static readonly Dictionary<string, EmailKind> Kinds =
        Enum.GetValues<EmailKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public static Lesson Parse(string path, string text)
    {
        var (yaml, body) = SplitFrontMatter(path, text);
        var fields = ReadFields(path, yaml);
        return new Lesson(
            Required(path, fields.Id, "id").Trim(),
            fields.Phase is null ? null : Lookup(path, Phases, fields.Phase, "phase"),
            Lookup(path, Kinds, Required(path, fields.Kind, "kind"), "kind"),
            fields.Tags ?? throw Missing(path, "tags"),
            Required(path, fields.Title, "title").Trim(),
            Required(path, fields.Summary, "summary").Trim(),
            fields.Order ?? throw Missing(path, "order"),
            Core.Safety.RedFlagList.Fill(body))
        {
            Refers = [.. (fields.Refers ?? []).Select(r => r.Trim())],
        };
    }

    private static (string Yaml, string Body) SplitFrontMatter(string path, string text)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            throw new LessonFormatException(path, "no front matter: the file must start with a '---' line");
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]).Trim());
            }
        }
        throw new LessonFormatException(path, "front matter is not closed: add a '---' line after it");
    }

    private static FrontMatter ReadFields(string path, string yaml)
    {
        try
        {
            return Yaml.Deserialize<FrontMatter?>(yaml) ?? throw new LessonFormatException(path, "front matter is empty");
        }
        catch (YamlException e)
        {
            var where = e.Start.Line > 0 ? $" (front matter line {e.Start.Line})" : "";
            var detail = UnknownKey().Match(e.Message) is { Success: true } m
                ? $"unknown field '{m.Groups[1].Value}' (known: id, phase, kind, tags, title, summary, order, refers)"
                : e.InnerException?.Message ?? e.Message;
            throw new LessonFormatException(path, $"front matter is not valid{where}: {detail}", e);
        }
    }

    private static string Required(string path, string? value, string field) =>
        value ?? throw Missing(path, field);

    private static LessonFormatException Missing(string path, string field) =>
        new(path, $"front matter has no '{field}'");

    private static T Lookup<T>(string path, Dictionary<string, T> known, string value, string field) =>
        known.TryGetValue(value.Trim(), out var result)
            ? result
            : throw new LessonFormatException(
                path, $"unknown {field} '{value}' (use one of: {string.Join(", ", known.Keys)})");

    [GeneratedRegex("Property '([^']*)' not found on type")]
    private static partial Regex UnknownKey();

    // Property names are the front matter keys; an unknown key is a format error, which catches typos.
    private sealed class FrontMatter
    {
        public string? Id { get; set; }
        public string? Phase { get; set; }
        public string? Kind { get; set; }
        public List<string>? Tags { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public int? Order { get; set; }
        public List<string>? Refers { get; set; }
    }
}
