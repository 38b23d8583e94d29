using System.Globalization;
using System.Text.RegularExpressions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Lessons;

namespace PainDrip.Infrastructure.Email.Composition;

public sealed partial class EmailComposer
{
    private Lesson FillIn(Lesson lesson, IReadOnlyDictionary<string, string>? fields)
    {
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        string Fill(string text)
        {
            // Two passes: a filled-in value may itself name {coach_days}.
            var once = Placeholder().Replace(text, m => values.GetValueOrDefault(m.Groups[1].Value, m.Value));
            return Placeholder().Replace(once, m => m.Groups[1].Value == "coach_days"
                ? _options.CoachAnswerWorkingDays.ToString(CultureInfo.InvariantCulture)
                : values.GetValueOrDefault(m.Groups[1].Value, m.Value));
        }
        return lesson with { Title = Fill(lesson.Title), Summary = Fill(lesson.Summary), Body = Fill(lesson.Body) };
    }

    private static EmailMessage InThread(EmailMessage message, ReplyThread thread)
    {
        var theirs = thread.Subject?.ReplaceLineEndings(" ");
        var subject = string.IsNullOrWhiteSpace(theirs) ? message.Subject
            : theirs.TrimStart().StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? theirs.Trim()
            : "Re: " + theirs.Trim();
        var headers = new Dictionary<string, string>(message.Headers);
        if (ThreadId(thread.MessageId) is { } id)
        {
            headers["In-Reply-To"] = id;
            headers["References"] = id;
        }
        return message with { Subject = subject, Headers = headers };
    }

    // Inbound Message-IDs are stored as MimeKit reads them, without angle brackets; either form threads. Anything
    // that is not one plain id (spaces, several ids, no @) is left out rather than put in a header.
    private static string? ThreadId(string? messageId)
    {
        var id = messageId?.Trim().TrimStart('<').TrimEnd('>');
        return id is { Length: > 0 } && id.Contains('@') && !id.Any(c => char.IsWhiteSpace(c) || c is '<' or '>') ? $"<{id}>" : null;
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
