using PainDrip.Core.Lessons;

namespace PainDrip.Functions.Extensions;

/// <summary>
/// The lesson library, read from disk on the first question about a lesson rather than when a service that may
/// need it is built: the sign-up page and the health route answer without parsing every Markdown file first.
/// </summary>
/// <remarks>A library that fails to load fails that first use (and is tried again on the next), as loading it eagerly would.</remarks>
public sealed class LazyLessonLibrary(Func<ILessonLibrary> load) : ILessonLibrary
{
    private readonly Lazy<ILessonLibrary> _library = new(load, LazyThreadSafetyMode.PublicationOnly);

    public IReadOnlyList<Lesson> All => _library.Value.All;

    public Lesson? Find(string id) => _library.Value.Find(id);
}
