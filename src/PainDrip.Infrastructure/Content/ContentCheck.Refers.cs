namespace PainDrip.Infrastructure.Content;

public static partial class ContentCheck
{
    /// <summary>Every <c>refers</c> id must name another lesson of the library: not an unknown id, not the lesson itself.</summary>
    public static IReadOnlyList<string> CheckRefers(LessonLoad load)
    {
        var ids = load.Files.Select(f => f.Lesson.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in load.Files)
        {
            foreach (var id in file.Lesson.Refers)
            {
                if (id == file.Lesson.Id)
                {
                    problems.Add($"{file.Path}: refers to itself ('{id}'); list only lessons that must be sent before it");
                }
                else if (!ids.Contains(id))
                {
                    problems.Add($"{file.Path}: refers to unknown lesson id '{id}'");
                }
            }
        }
        return problems;
    }
}
