using PainDrip.Core.Lessons;

namespace PainDrip.Infrastructure.Content;

/// <summary>A lesson together with the file it came from.</summary>
public sealed record LessonFile(string Path, Lesson Lesson);

/// <summary>What <see cref="MarkdownLessonLibrary.LoadWithProblems"/> found in a content folder.</summary>
/// <param name="Directory">The folder that was read.</param>
/// <param name="Files">Every file that could be read, in a stable order.</param>
/// <param name="Problems">One <c>path: problem</c> line per file that could not be read.</param>
public sealed record LessonLoad(string Directory, IReadOnlyList<LessonFile> Files, IReadOnlyList<string> Problems);
