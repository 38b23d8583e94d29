using PainDrip.Core.Coaching;

namespace PainDrip.Core.Lessons;

/// <summary>One email's content from the lesson library.</summary>
/// <param name="Id">Unique, stable id such as <c>mobility-shoulder-blade-squeeze</c>.</param>
/// <param name="Phase">The phase it belongs to; <see langword="null"/> for emails used in any phase (safety, pause…).</param>
/// <param name="Kind">What the email is for.</param>
/// <param name="Tags">Profile tags it suits (see <see cref="LessonTags"/>); <c>general</c> suits everyone.</param>
/// <param name="Title">The subject line.</param>
/// <param name="Summary">One sentence used as the email preheader.</param>
/// <param name="Order">Suggested order within its phase, lowest first.</param>
/// <param name="Body">The Markdown body, without front matter.</param>
public sealed record Lesson(
    string Id,
    Phase? Phase,
    EmailKind Kind,
    IReadOnlyList<string> Tags,
    string Title,
    string Summary,
    int Order,
    string Body)
{
    /// <summary>Whether the lesson carries the tag (case-insensitive).</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Ids of the lessons whose exercises this one relies on; it goes out only after all of them
    /// (front matter <c>refers</c>). Empty when it stands on its own.</summary>
    public IReadOnlyList<string> Refers { get; init; } = [];
}
