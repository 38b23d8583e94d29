namespace PainDrip.Core.Lessons;

/// <summary>The port to the lesson library (Markdown files in production, in-memory in tests).</summary>
public interface ILessonLibrary
{
    /// <summary>Every lesson, in a stable order.</summary>
    IReadOnlyList<Lesson> All { get; }

    /// <summary>The lesson with this id, or <see langword="null"/>.</summary>
    Lesson? Find(string id);
}
