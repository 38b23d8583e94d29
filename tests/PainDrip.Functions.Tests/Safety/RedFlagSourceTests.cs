using System.Text.Json;
using System.Text.RegularExpressions;
using PainDrip.Core;
using PainDrip.Core.Coaching;
using PainDrip.Core.Safety;
using PainDrip.Infrastructure.Content;

namespace PainDrip.Functions.Tests.Safety;

/// <summary>Every list of warning signs (emails, sign-up page) agrees with the one red-flag source.</summary>
public sealed partial class RedFlagSourceTests
{
    private static readonly string Root = FindRoot();

    private static readonly LessonLoad Content =
        MarkdownLessonLibrary.LoadWithProblems(Path.Combine(Root, "content", "lessons"));

    [Fact]
    public void ContentCheck_RealLibrary_FindsNoSignListThatDisagrees() =>
        Assert.Empty(ContentCheck.CheckRedFlagLists(Content));

    public static TheoryData<EmailKind> KindsThatListSigns => new(ContentCheck.KindsListingAllSigns);

    [Theory]
    [MemberData(nameof(KindsThatListSigns))]
    public void Emails_OfEachKindThatListsSigns_ListEverySignInTheSourceOrder(EmailKind kind)
    {
        var lessons = Content.Files.Where(f => f.Lesson.Kind == kind).ToList();
        Assert.NotEmpty(lessons);
        foreach (var file in lessons)
        {
            var lists = ContentCheck.SignLists(file.Lesson.Body);
            Assert.True(lists.Count >= 2, $"{file.Path} has {lists.Count} sign lists");
            Assert.Equal(RedFlagList.SignsOf(CareUrgency.Emergency), lists[^2]);
            Assert.Equal(RedFlagList.SignsOf(CareUrgency.SameDayDoctor), lists[^1]);
        }
    }

    [Fact]
    public void Emails_StrokeAndOtherEmergencySigns_AreInEveryEmailThatListsSigns()
    {
        var listing = Content.Files.Where(f => ContentCheck.KindsListingAllSigns.Contains(f.Lesson.Kind)).ToList();

        Assert.True(listing.Count >= 11, $"only {listing.Count} emails list signs");
        foreach (var file in listing)
        {
            Assert.Contains("slurred speech", file.Lesson.Body, StringComparison.Ordinal);
            Assert.Contains("Coughing up blood", file.Lesson.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ContentCheck_EmailWithItsOwnSignList_IsAProblem()
    {
        var lesson = Content.Files.Single(f => f.Lesson.Id == "special-pause");
        var own = lesson with { Lesson = lesson.Lesson with { Body = "## Signs\n\n- Chest pain\n- Numb arms\n\n## One thing to do today\n\nRest." } };

        var problems = ContentCheck.CheckRedFlagLists(Content with { Files = [own] });

        Assert.Contains(problems, p => p.Contains("not in the red-flag source", StringComparison.Ordinal) && p.Contains("'Chest pain'", StringComparison.Ordinal));
    }

    [Fact]
    public void SignupPage_RedFlagList_IsTheSourceWordingForEveryFlag()
    {
        var html = File.ReadAllText(Path.Combine(Root, "src", "PainDrip.Functions", "Pages", "signup.html"));
        var list = SignupRedFlags().Match(html);
        Assert.True(list.Success, "signup.html has no redFlags list");

        var entries = JsonSerializer.Deserialize<string[][]>(list.Groups[1].Value)!;

        var expected = RedFlagInfo.All.ToDictionary(i => JsonSerializer.Serialize(i.Flag, CoreJson.Options).Trim('"'), i => i.Sign);
        Assert.Equal(expected.OrderBy(e => e.Key), entries.ToDictionary(e => e[0], e => e[1]).OrderBy(e => e.Key));
    }

    [GeneratedRegex(@"const redFlags = (\[\[.*?\]\]);", RegexOptions.Singleline)]
    private static partial Regex SignupRedFlags();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PainDrip.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("PainDrip.sln not found above the test output.");
    }
}
