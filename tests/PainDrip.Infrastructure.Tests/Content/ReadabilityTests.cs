using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public class ReadabilityTests
{
    // Syllable counts that the Merriam-Webster and Cambridge dictionaries agree on (their hyphenation points).
    [Theory]
    [InlineData("the", 1)]
    [InlineData("make", 1)]
    [InlineData("whole", 1)]
    [InlineData("queue", 1)]
    [InlineData("walked", 1)]
    [InlineData("makes", 1)]
    [InlineData("knees", 1)]
    [InlineData("breathes", 1)]
    [InlineData("strength", 1)]
    [InlineData("table", 2)]
    [InlineData("muscles", 2)]
    [InlineData("settled", 2)]
    [InlineData("wanted", 2)]
    [InlineData("places", 2)]
    [InlineData("stretches", 2)]
    [InlineData("agree", 2)]
    [InlineData("rhythm", 2)]
    [InlineData("spasm", 2)]
    [InlineData("quiet", 2)]
    [InlineData("trial", 2)]
    [InlineData("doing", 2)]
    [InlineData("shoulder", 2)]
    [InlineData("posture", 2)]
    [InlineData("massage", 2)]
    [InlineData("usual", 3)]
    [InlineData("beautiful", 3)]
    [InlineData("exercise", 3)]
    [InlineData("diaphragm", 3)]
    [InlineData("special", 2)]
    public void Syllables_DictionaryWord_MatchesDictionary(string word, int expected) =>
        Assert.Equal(expected, Readability.Syllables(word));

    [Theory]
    [InlineData("don't", "dont")]
    [InlineData("'hello'", "hello")]
    [InlineData("person's", "person")]
    public void Syllables_ApostrophesAndQuotes_CountLikeThePlainWord(string word, string plain) =>
        Assert.Equal(Readability.Syllables(plain), Readability.Syllables(word));

    [Fact]
    public void Syllables_LoneApostrophe_IsZero() =>
        Assert.Equal(0, Readability.Syllables("'"));

    [Fact]
    public void Grade_OneShortSentence_FollowsTheFormulaByHand() =>
        // 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
        Assert.Equal(-1.45, Readability.Grade("The cat sat on the mat."), 9);

    [Fact]
    public void Grade_ChildrensSentences_IsBelowGradeThree() =>
        Assert.InRange(Readability.Grade(
            "The dog ran to the park. He saw a red ball. He took it home to his mom. She gave him a hug."),
            double.MinValue, 3.0);

    [Fact]
    public void Grade_AcademicParagraph_IsAboveGradeFourteen() =>
        Assert.InRange(Readability.Grade(
            "Myofascial pain syndrome is characterised by hyperirritable trigger points within taut bands of skeletal "
            + "muscle, which produce characteristic patterns of referred pain, autonomic phenomena and localised "
            + "tenderness. Its pathophysiology remains controversial, although sustained sarcomere contraction and "
            + "local ischaemia are frequently proposed as contributing mechanisms."),
            14.0, double.MaxValue);

    [Fact]
    public void Grade_PlainAdultAdvice_IsInTheLessonBand() =>
        Assert.InRange(Readability.Grade(
            "Sit near the front of a firm chair with your feet flat on the floor. Draw your shoulder blades back "
            + "and down, as if you were sliding them into your back pockets, and hold the squeeze for five seconds. "
            + "Most people feel the effort between the shoulder blades rather than in the neck, which tells you "
            + "the right muscles are working."),
            5.0, 8.0);

    [Fact]
    public void Grade_LongerSentencesSameWords_IsHigher() =>
        Assert.True(Readability.Grade("Sit tall and breathe in slowly, then let your shoulders drop as you breathe out.")
            > Readability.Grade("Sit tall. Breathe in slowly. Then let your shoulders drop. Breathe out."));

    [Fact]
    public void Grade_MarkdownBody_ScoresLikeThePlainSentences()
    {
        const string markdown = "## Heading is dropped\n\n- Squeeze your **shoulder blades** together\n- Hold for 5 seconds\n"
            + "1. Read [the guide](https://example.com/a) now\n> Quoted line here\n\nA paragraph without a stop";
        const string plain = "Squeeze your shoulder blades together. Hold for 5 seconds. Read the guide now. "
            + "Quoted line here. A paragraph without a stop.";

        Assert.Equal(Readability.Grade(plain), Readability.Grade(markdown), 9);
    }

    [Fact]
    public void Grade_WindowsLineEndings_ScoreLikeUnixOnes() =>
        Assert.Equal(Readability.Grade("First line here\nSecond line here.\n"),
            Readability.Grade("First line here\r\nSecond line here.\r\n"), 9);

    [Fact]
    public void Grade_EachLineEndsASentence() =>
        Assert.Equal(Readability.Grade("First line here. Second line here."),
            Readability.Grade("First line here\nSecond line here"), 9);

    [Fact]
    public void Grade_OnlyHeadings_IsZero() =>
        Assert.Equal(0.0, Readability.Grade("## Only a heading\n\n"));
}
