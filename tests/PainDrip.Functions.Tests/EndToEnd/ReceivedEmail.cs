using System.Text.Json;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>One email as maildev stored it (its v2 JSON), with what the tests look at.</summary>
public sealed record ReceivedEmail(
    string To, string Subject, string? ReplyTo, string? ListUnsubscribe, string? ListUnsubscribePost, string MessageId, string Text)
{
    /// <summary>The lesson id in our Message-ID, <c>&lt;{enrollment}.{lesson}@domain&gt;</c> (<c>confirm</c> for the opt-in email).</summary>
    public string EmailId
    {
        get
        {
            var local = MessageId.Trim('<', '>').Split('@')[0];
            return local[(local.IndexOf('.') + 1)..];
        }
    }

    /// <summary>The https link in the List-Unsubscribe header (RFC 8058 one-click target).</summary>
    public string UnsubscribeUrl =>
        ListUnsubscribe?.Split(',').Select(part => part.Trim().Trim('<', '>')).FirstOrDefault(part => part.StartsWith("http", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"'{Subject}' has no http List-Unsubscribe link.");

    /// <summary>The lesson this email carries: the email id up to a repeat's <c>--</c> suffix.</summary>
    public string LessonId => EmailId.Split("--")[0];

    /// <summary>What kind of program email this is, by its lesson in the library; <see langword="null"/> for the confirmation.</summary>
    public EmailKind? KindIn(ILessonLibrary library) =>
        library.All.FirstOrDefault(lesson => LessonId == lesson.Id)?.Kind;

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
