using System.Text.RegularExpressions;
using PainDrip.Core.Email;
using PainDrip.Core.Lessons;

namespace PainDrip.Functions.Services;

/// <summary>
/// The words of a reply the reader should see: the person's own subject line (someone may write only
/// "chest pain" there), then the body. A subject that is just "Re:" plus one of our own titles adds nothing.
/// </summary>
public static partial class ReplyWords
{
    public static string Of(InboundMessage message, ILessonLibrary library)
    {
        var subject = ReplyPrefix().Replace(message.Subject, "").Trim();
        var ours = subject.Length == 0 || library.All.Any(lesson => string.Equals(lesson.Title, subject, StringComparison.OrdinalIgnoreCase));
        // The subject is its own sentence: a full stop keeps "…lesson" and a body of just "4" apart.
        var ending = subject.Length > 0 && char.IsPunctuation(subject[^1]) ? "" : ".";
        return ours ? message.Text : $"{subject}{ending}\n\n{message.Text}";
    }

    [GeneratedRegex(@"^(?:\s*(?:re|fw|fwd|aw|sv|antw|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ReplyPrefix();
}
