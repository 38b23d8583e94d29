using PainDrip.Core.Coaching;
using PainDrip.Core.Safety;

namespace PainDrip.Infrastructure.Content;

public static partial class ContentCheck
{
    /// <summary>The emails that must list every warning sign, from the one red-flag source.</summary>
    public static IReadOnlyList<EmailKind> KindsListingAllSigns { get; } =
    [
        EmailKind.Welcome, EmailKind.Flare, EmailKind.Safety, EmailKind.Pause, EmailKind.Resume,
        EmailKind.Graduation, EmailKind.Professional, EmailKind.DataRequest, EmailKind.Stopped,
    ];

    /// <summary>
    /// Every list of warning signs (two or more bullets in a row that name a red flag) must use the wording of
    /// <see cref="RedFlagInfo.Sign"/>, which the <c>{{red_flags}}</c> placeholders write. (That the emails in
    /// <see cref="KindsListingAllSigns"/> list every sign is tested over the real library.)
    /// </summary>
    public static IReadOnlyList<string> CheckRedFlagLists(LessonLoad load)
    {
        var problems = new List<string>();
        foreach (var file in load.Files)
        {
            var listed = SignLists(file.Lesson.Body).SelectMany(list => list).ToList();
            problems.AddRange(listed.Where(line => !Signs.Contains(line))
                .Select(line => $"{file.Path}: lists a warning sign not in the red-flag source (use {RedFlagList.AllSigns}): '{line}'"));
        }
        return problems;
    }

    private static readonly HashSet<string> Signs = RedFlagInfo.All.Select(i => i.Sign).ToHashSet(StringComparer.Ordinal);

    /// <summary>The bullet texts of each run of two or more bullets in a row that name a red flag.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SignLists(string markdown)
    {
        var lists = new List<IReadOnlyList<string>>();
        var run = new List<string>();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            var bullet = line.StartsWith("- ", StringComparison.Ordinal) ? line[2..].Trim() : null;
            if (bullet is not null && RedFlagDetector.Detect(bullet).Count > 0)
            {
                run.Add(bullet);
                continue;
            }
            Close(lists, run);
            run = [];
        }
        Close(lists, run);
        return lists;
    }

    private static void Close(List<IReadOnlyList<string>> lists, List<string> run)
    {
        if (run.Count >= 2)
        {
            lists.Add(run);
        }
    }
}
