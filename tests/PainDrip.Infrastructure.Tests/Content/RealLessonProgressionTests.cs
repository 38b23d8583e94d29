using System.Text.RegularExpressions;
using PainDrip.Infrastructure.Content;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Content;

// The strength weeks give one progression rule (sets, reps, when to add load); each exercise only
// names its own way to make the move harder. These tests keep the copies from drifting apart.
public partial class RealLessonProgressionTests
{
    private const string Heading = "## How to progress (weeks 2 to 4)";
    private const string HarderAt = "Once 3 sets of 12 have felt easy for two sessions in a row,";

    private static readonly IReadOnlyList<(string Id, string Rule)> Rules = ReadRules();

    [Fact]
    public void StrengthLessons_WithAProgressionRule_AreTheFourExercises() =>
        Assert.Equal(
            ["strength-band-towel-rows", "strength-prone-lifts", "strength-w-and-y-raises", "strength-wall-angels"],
            Rules.Select(r => r.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void StrengthLessons_ProgressionRule_SameSetsRepsAndStepsUpToTheHarderVersion()
    {
        var before = Rules.Select(r => r.Rule[..r.Rule.IndexOf(HarderAt, StringComparison.Ordinal)]).Distinct().ToList();

        Assert.Equal(4, Rules.Count);
        var rule = Assert.Single(before);
        Assert.Contains("Start with 2 sets of 8 repetitions", rule);
        Assert.Contains("add 2 repetitions to each set", rule);
        Assert.Contains("After 2 sets of 12, add a third set.", rule);
    }

    [Fact]
    public void StrengthLessons_ProgressionRule_SameRestartAndStepBack()
    {
        var after = Rules.Select(r => AfterHarder().Match(r.Rule).Groups[1].Value).Distinct().ToList();

        Assert.Equal(4, Rules.Count);
        Assert.Equal("and start again at 2 sets of 8. If your back feels worse the next morning, go back one step "
            + "and stay there until it settles.", Assert.Single(after));
    }

    private static List<(string Id, string Rule)> ReadRules()
    {
        var library = MarkdownLessonLibrary.Load(Path.Combine(RepoPaths.Root, "content", "lessons"));
        return [.. library.All
            .Where(l => l.Phase == Core.Coaching.Phase.Strength && l.Body.Contains(Heading, StringComparison.Ordinal))
            .Select(l => (l.Id, Section(l.Body)))];
    }

    private static string Section(string body)
    {
        var start = body.IndexOf(Heading, StringComparison.Ordinal) + Heading.Length;
        var end = body.IndexOf("\n## ", start, StringComparison.Ordinal);
        return body[start..(end < 0 ? body.Length : end)].Trim();
    }

    // The per-exercise "make it harder" clause sits between HarderAt and the comma before "and start again".
    [GeneratedRegex(@"two sessions in a row, [^.]*?, (and start again.*)$", RegexOptions.Singleline)]
    private static partial Regex AfterHarder();
}
