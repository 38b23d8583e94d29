using System.Text.Json;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>One email as maildev stored it (its v2 JSON), with what the tests look at.</summary>
public sealed record ReceivedEmail(
    string To, string Subject, string? ReplyTo, string? ListUnsubscribe, string? ListUnsubscribePost, string MessageId, string Text)
{

    /// <summary>The https link in the List-Unsubscribe header (RFC 8058 one-click target).</summary>
    public string UnsubscribeUrl =>
        ListUnsubscribe?.Split(',').Select(part => part.Trim().Trim('<', '>')).FirstOrDefault(part => part.StartsWith("http", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"'{Subject}' has no http List-Unsubscribe link.");

    /// <summary>The lesson this email carries, by its subject (every lesson title is unique); <see langword="null"/> for the confirmation.</summary>
    public string? LessonIdIn(ILessonLibrary library) =>
        library.All.FirstOrDefault(lesson => LessonTitles.Matches(lesson.Title, Subject))?.Id;

    /// <summary>What kind of program email this is, by its lesson in the library; <see langword="null"/> for the confirmation.</summary>
    public EmailKind? KindIn(ILessonLibrary library) =>
        library.All.FirstOrDefault(lesson => LessonTitles.Matches(lesson.Title, Subject))?.Kind;

    public static ReceivedEmail From(JsonElement json)
    {
        var headers = json.GetProperty("headers");
        return new(
            json.GetProperty("to")[0].GetProperty("address").GetString()!,
            json.GetProperty("subject").GetString() ?? "",
            Header(headers, "reply-to"),
            Header(headers, "list-unsubscribe"),
            Header(headers, "list-unsubscribe-post"),
            Header(headers, "message-id") ?? "",
            json.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "");
    }

    private static string? Header(JsonElement headers, string name) =>
        headers.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.Array ? value[0].GetString() : value.GetString() : null;
}
