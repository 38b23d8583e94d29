using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Infrastructure.Tests.Email.Composition;

public sealed partial class EmailComposerTests
{
    [Fact]
    public void Compose_SameLessonForTwoPeople_EachGetsTheirOwnGreetingAndTheSameBody()
    {
        var first = _composer.Compose(EmailTestData.Lesson(), new Recipient("enr-a", "a@example.com", "Alex"));
        var second = _composer.Compose(EmailTestData.Lesson(), new Recipient("enr-b", "b@example.com", "Bo"));

        Assert.Contains("Hi Alex,", first.Html);
        Assert.Contains("Hi Bo,", second.Html);
        Assert.DoesNotContain("Alex", second.Html);
        Assert.DoesNotContain("Alex", second.Text);
        Assert.Contains("Why the knot forms", Body(second.Html, "Bo"));
        Assert.Equal(Body(first.Html, "Alex"), Body(second.Html, "Bo"));
        Assert.Equal(Body(first.Text, "Alex"), Body(second.Text, "Bo"));
    }

    [Fact]
    public void Compose_FilledInWordsThenTheSameLessonWithOthers_NeitherSeesTheOthersWords()
    {
        var lesson = EmailTestData.Lesson(body: "You told us: {their_words}\n\nKeep going.");

        var first = _composer.Compose(lesson, EmailTestData.Sam(), fields: new Dictionary<string, string> { ["their_words"] = "sharp at night" });
        var second = _composer.Compose(lesson, EmailTestData.Sam(), fields: new Dictionary<string, string> { ["their_words"] = "easier today" });

        Assert.Contains("sharp at night", first.Text);
        Assert.Contains("easier today", second.Text);
        Assert.DoesNotContain("sharp at night", second.Text);
        Assert.DoesNotContain("sharp at night", second.Html);
    }

    [Fact]
    public void Compose_SameLessonTwice_RendersTheSameHtmlAsTheFirstTime()
    {
        var composer = EmailTestData.Composer();

        var first = composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());
        var again = composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());

        Assert.Equal(first.Html, again.Html);
        Assert.Equal(first.Text, again.Text);
        Assert.Matches("<h2 style=\"[^\"]+\">Why the knot forms</h2>", again.Html);
    }

    // The message with the greeting's name blanked, cut before the first per-person signed link (in the footer).
    private static string Body(string message, string name)
    {
        var blanked = message.Replace($"Hi {name},", "Hi _,", StringComparison.Ordinal);
        return blanked[..blanked.IndexOf("token=", StringComparison.Ordinal)];
    }
}
