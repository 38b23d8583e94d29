using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

// Expected grades were computed with /work/fk.py's grade() on the same text.
public class ReadabilityTests
{
    [Theory]
    [InlineData("table", 2)]
    [InlineData("make", 1)]
    [InlineData("the", 1)]
    [InlineData("queue", 1)]
    [InlineData("don't", 1)]
    [InlineData("2024", 1)]
    [InlineData("rhythm", 1)]
    [InlineData("'hello'", 2)]
    [InlineData("beautiful", 3)]
    [InlineData("shoulder", 2)]
    [InlineData("'", 0)]
    public void Syllables_KnownWord_MatchesFkScript(string word, int expected) =>
        Assert.Equal(expected, Readability.Syllables(word));

    [Fact]
    public void Grade_OneShortSentence_MatchesFkScript() =>
        Assert.Equal(-1.45, Readability.Grade("The cat sat on the mat."), 6);

    [Fact]
    public void Grade_MarkdownWithHeadingListLinkAndQuote_CleansLikeFkScript()
    {
        const string body = "## Heading is dropped\n\n- Squeeze your **shoulder blades** together\n- Hold for 5 seconds\n"
            + "1. Read [the guide](https://example.com/a) now\n> Quoted line here\n\nA paragraph without a stop";

        Assert.Equal(2.9051428571428595, Readability.Grade(body), 6);
    }

    [Fact]
    public void Grade_LongWordsInOneSentence_IsHigh() =>
        Assert.Equal(21.697142857142854, Readability.Grade(
            "Consistently practising diaphragmatic breathing considerably improves musculoskeletal flexibility; "
            + "it is remarkable, isn't it? Yes!"), 6);

    [Fact]
    public void Grade_WindowsLineEndings_EachLineEndsASentence() =>
        Assert.Equal(-0.6533333333333324, Readability.Grade("First line here\r\nSecond line here.\r\n"), 6);

    [Fact]
    public void Grade_OnlyHeadings_IsZero() =>
        Assert.Equal(0.0, Readability.Grade("## Only a heading\n\n"));
}
