using PainDrip.Core.Lessons;

namespace PainDrip.Infrastructure.Content;

/// <summary>The lesson library read from Markdown files with YAML front matter (see <c>content/README.md</c>).</summary>
public sealed class MarkdownLessonLibrary : ILessonLibrary
{
    private const string ReadmeName = "README.md";
    private readonly Dictionary<string, Lesson> _byId;

    /// <summary>A library of these lessons; throws <see cref="ArgumentException"/> when two share an id.</summary>
    public MarkdownLessonLibrary(IEnumerable<Lesson> lessons)
    {
        All = [.. lessons.OrderBy(l => l.Phase ?? (Core.Coaching.Phase)int.MaxValue).ThenBy(l => l.Kind)
            .ThenBy(l => l.Order).ThenBy(l => l.Id, StringComparer.Ordinal)];
        _byId = new Dictionary<string, Lesson>(StringComparer.Ordinal);
        foreach (var lesson in All)
        {
            if (!_byId.TryAdd(lesson.Id, lesson))
            {
                throw new ArgumentException($"Two lessons share the id '{lesson.Id}'.", nameof(lessons));
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Lesson> All { get; }

    /// <inheritdoc />
    public Lesson? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Reads every <c>.md</c> file under <paramref name="directory"/> (recursively, except README.md).
    /// Throws <see cref="LessonFormatException"/> for the first file that cannot be read or whose id
    /// another file already uses.
    /// </summary>
    public static MarkdownLessonLibrary Load(string directory)
    {
        var (files, errors) = Read(directory);
        if (errors.Count > 0)
        {
            throw errors[0];
        }
        var duplicate = files.GroupBy(f => f.Lesson.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var paths = duplicate.Select(f => f.Path).ToList();
            throw new LessonFormatException(paths[1], $"id '{duplicate.Key}' is already used by {paths[0]}");
        }
        return new MarkdownLessonLibrary(files.Select(f => f.Lesson));
    }

    /// <summary>
    /// Reads every lesson file it can and collects a <c>path: problem</c> line for each one it cannot,
    /// for the content check. Throws <see cref="DirectoryNotFoundException"/> when the folder is missing.
    /// </summary>
    public static LessonLoad LoadWithProblems(string directory)
    {
        var (files, errors) = Read(directory);
        return new LessonLoad(directory, files, [.. errors.Select(e => e.Message)]);
    }

    private static (List<LessonFile> Files, List<LessonFormatException> Errors) Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The lesson folder '{directory}' does not exist.");
        }
        var files = new List<LessonFile>();
        var errors = new List<LessonFormatException>();
        foreach (var path in LessonPaths(directory))
        {
            try
            {
                files.Add(new LessonFile(path, LessonFileParser.Parse(path, File.ReadAllText(path))));
            }
            catch (LessonFormatException e)
            {
                errors.Add(e);
            }
        }
        return (files, errors);
    }

    private static IEnumerable<string> LessonPaths(string directory) =>
        Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
            .Where(p => !string.Equals(Path.GetFileName(p), ReadmeName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}
