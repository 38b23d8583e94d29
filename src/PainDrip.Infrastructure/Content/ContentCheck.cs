using System.Globalization;
using System.Text.RegularExpressions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;

namespace PainDrip.Infrastructure.Content;

/// <summary>
/// Validates a lesson library and returns one <c>path: problem</c> line per issue: files that cannot
/// be read, per-file rules (<see cref="CheckFiles"/>) and library-wide coverage (<see cref="CheckCoverage"/>).
/// </summary>
public static partial class ContentCheck
{
    /// <summary>The lowest Flesch–Kincaid grade a lesson may have: below it, the text talks down and loses precision.</summary>
    public const double MinGrade = 5.0;

    /// <summary>The highest Flesch–Kincaid grade a lesson may have (see <see cref="Readability"/>).</summary>
    public const double MaxGrade = 8.0;

    /// <summary>The heading every lesson ends with.</summary>
    public const string LastSection = "One thing to do today";

    /// <summary>Loads the folder and runs every rule.</summary>
    public static IReadOnlyList<string> Check(string directory) =>
        Check(MarkdownLessonLibrary.LoadWithProblems(directory));

    /// <summary>Every problem of a load: unreadable files, then per-file rules, then coverage.</summary>
    public static IReadOnlyList<string> Check(LessonLoad load) =>
        [.. load.Problems, .. CheckFiles(load), .. CheckCoverage(load), .. CheckRedFlagLists(load), .. CheckRefers(load)];

    /// <summary>
    /// Rules for each file on its own, plus unique ids: id format, phase for lessons and check-ins,
    /// phase matching its folder, known tags, non-empty title and summary, no empty <c>##</c> sections,
    /// ending with <c>## One thing to do today</c>, and a reading grade from <see cref="MinGrade"/> to <see cref="MaxGrade"/>.
    /// </summary>
    public static IReadOnlyList<string> CheckFiles(LessonLoad load)
    {
        var problems = new List<string>();
        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in load.Files)
        {
            if (!firstPathById.TryAdd(file.Lesson.Id, file.Path))
            {
                problems.Add($"{file.Path}: id '{file.Lesson.Id}' is already used by {firstPathById[file.Lesson.Id]}");
            }
            problems.AddRange(FrontMatterProblems(load.Directory, file).Select(p => $"{file.Path}: {p}"));
            problems.AddRange(BodyProblems(file.Lesson.Body).Select(p => $"{file.Path}: {p}"));
        }
        return problems;
    }

    private static IEnumerable<string> FrontMatterProblems(string directory, LessonFile file)
    {
        var lesson = file.Lesson;
        if (!IdFormat().IsMatch(lesson.Id))
        {
            yield return $"id '{lesson.Id}' must be lower-case words joined by hyphens";
        }
        if (lesson.Phase is null && lesson.Kind is EmailKind.Lesson or EmailKind.Checkin)
        {
            yield return $"a {KindName(lesson.Kind)} needs a phase";
        }
        var folder = FolderPhase(directory, file.Path);
        if (folder is not null && lesson.Phase != folder)
        {
            yield return $"is in the {PhaseName(folder.Value)} folder but its phase is {PhaseName(lesson.Phase)}";
        }
        if (lesson.Tags.Count == 0)
        {
            yield return "has no tags (use 'general' when it suits everyone)";
        }
        foreach (var tag in lesson.Tags.Where(t => !LessonTags.IsKnown(t)))
        {
            yield return $"unknown tag '{tag}' (see LessonTags.cs or content/README.md)";
        }
        if (string.IsNullOrWhiteSpace(lesson.Title))
        {
            yield return "title is empty";
        }
        if (string.IsNullOrWhiteSpace(lesson.Summary))
        {
            yield return "summary is empty";
        }
    }

    private static IEnumerable<string> BodyProblems(string body)
    {
        var sections = MarkdownSections.Read(body);
        foreach (var empty in sections.Where(s => s.IsEmpty))
        {
            yield return $"section '## {empty.Heading}' is empty";
        }
        if (sections.Count == 0 || !string.Equals(sections[^1].Heading, LastSection, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"must end with a '## {LastSection}' section";
        }
        var grade = Readability.Grade(body);
        if (grade > MaxGrade)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"reading grade {grade:0.0} is above {MaxGrade:0} (use shorter sentences and shorter words)");
        }
        else if (grade < MinGrade)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"reading grade {grade:0.0} is below {MinGrade:0} (join choppy sentences and use the precise word; write for an adult)");
        }
    }

    private static Phase? FolderPhase(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (relative.Length < 2)
        {
            return null;
        }
        return Enum.GetValues<Phase>().Cast<Phase?>().FirstOrDefault(p => PhaseName(p) == relative[0]);
    }

    private static string PhaseName(Phase? phase) => phase?.ToString().ToLowerInvariant() ?? "(none)";

    private static string KindName(EmailKind kind) => kind.ToString().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdFormat();
}
