namespace PainDrip.Functions.Extensions;

/// <summary>Where the Markdown lesson library lives. Section <c>LessonLibraryOptions</c>.</summary>
public sealed class LessonLibraryOptions
{
    /// <summary>The folder of lessons; relative paths start at the app's own folder, where the build copies <c>content/lessons</c>.</summary>
    public string Directory { get; set; } = Path.Combine("content", "lessons");
}
