using PainDrip.Core.Lessons;
using PainDrip.Infrastructure.Content;

namespace PainDrip.Cli;

/// <summary>Finds the repository's <c>content/lessons</c> folder from wherever the tool runs inside the repository.</summary>
public static class LessonFolder
{
    public const string Default = "content/lessons";

    /// <summary>The folder, relative to <paramref name="start"/>, or <see langword="null"/> when no PainDrip.sln is above it.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PainDrip.sln")))
            {
                return Path.GetRelativePath(start, Path.Combine(dir.FullName, Default));
            }
        }
        return null;
    }

    /// <summary>Loads the library from the default folder; <see langword="null"/> (with the reason written) when it cannot.</summary>
    public static async Task<ILessonLibrary?> TryLoadAsync(TextWriter error)
    {
        var folder = Find(Directory.GetCurrentDirectory());
        if (folder is null)
        {
            await error.WriteLineAsync($"No PainDrip.sln above the current folder, so no {Default} to read.");
            return null;
        }
        try
        {
            return MarkdownLessonLibrary.Load(folder);
        }
        catch (LessonFormatException e)
        {
            await error.WriteLineAsync($"The lesson library has a problem ({e.Message}); run 'paindrip content check'.");
            return null;
        }
    }
}
