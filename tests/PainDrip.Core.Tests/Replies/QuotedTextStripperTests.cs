using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Replies;

public sealed class QuotedTextStripperTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Strip_NothingGiven_ReturnsEmpty(string? reply)
    {
        Assert.Equal("", QuotedTextStripper.Strip(reply));
    }

    [Fact]
    public void Strip_GmailReply_KeepsOnlyTheAnswer()
    {
        var reply = "3/10 today\n\nOn Mon, 2 Mar 2026 at 07:00, PainDrip <coach@paindrip.app> wrote:\n> How are you?\n> Any numbness?";

        Assert.Equal("3/10 today", QuotedTextStripper.Strip(reply));
    }

    [Fact]
    public void Strip_AttributionWrappedOverTwoLines_DropsBothLines()
    {
        var reply = "Fine\r\n\r\nOn Mon, 2 Mar 2026 at 07:00, PainDrip <\r\ncoach@paindrip.app> wrote:\r\n\r\n> chest pain?";

        Assert.Equal("Fine", QuotedTextStripper.Strip(reply));
    }

    [Fact]
    public void Strip_InlineAnswersBetweenQuotes_KeepsTheAnswers()
    {
        var reply = "On Mon, 2 Mar 2026, PainDrip <coach@paindrip.app> wrote:\n> Pain 0-10?\nA 4\n> Anything else?\nNo";

        Assert.Equal("A 4\nNo", QuotedTextStripper.Strip(reply));
    }

    [Fact]
    public void Strip_AttributionFollowedByUnmarkedQuote_CutsEverythingAfter()
    {
        var reply = "All good\nOn Mon, 2 Mar 2026, PainDrip <coach@paindrip.app> wrote:\nAny chest pain or numbness?";

        Assert.Equal("All good", QuotedTextStripper.Strip(reply));
    }

    [Theory]
    [InlineData("Le lun. 2 mars 2026 à 07:00, PainDrip <coach@paindrip.app> a écrit :")]
    [InlineData("Am 02.03.2026 um 07:00 schrieb PainDrip <coach@paindrip.app>:")]
    [InlineData("El lun, 2 mar 2026 a las 7:00, PainDrip (<coach@paindrip.app>) escribió:")]
    public void Strip_NonEnglishAttribution_IsDropped(string attribution)
    {
        var reply = $"Bien, 2/10\n\n{attribution}\n> numbness?";

        Assert.Equal("Bien, 2/10", QuotedTextStripper.Strip(reply));
    }

    [Theory]
    [InlineData("From: PainDrip <coach@paindrip.app>\nSent: Monday, March 2, 2026 7:00 AM\nTo: Sam\nSubject: Week 2")]
    [InlineData("________________________________\nFrom: PainDrip\nSent: 02 March 2026")]
    [InlineData("-----Original Message-----\nFrom: coach@paindrip.app")]
    [InlineData("-- \nSam Okafor\n07700 900123")]
    [InlineData("Sent from my iPhone")]
    [InlineData("Get Outlook for iOS")]
    public void Strip_QuoteBlockOrSignature_CutsEverythingFromIt(string tail)
    {
        var reply = $"Pain 4, better.\n\n{tail}\nAny numbness or chest pain?";

        Assert.Equal("Pain 4, better.", QuotedTextStripper.Strip(reply));
    }

    [Fact]
    public void Strip_FromInsideASentence_IsKept()
    {
        var reply = "From: my physio's advice I moved my desk.\nPain 3.";

        Assert.Equal(reply, QuotedTextStripper.Strip(reply));
    }

    [Fact]
    public void Strip_HugeReply_IsCutToTheLimit()
    {
        var reply = new string('a', QuotedTextStripper.MaxInputLength * 2);

        Assert.Equal(QuotedTextStripper.MaxInputLength, QuotedTextStripper.Strip(reply).Length);
    }
    [Theory]
    [InlineData("Sent from my GP to A&E because my arm went numb")]
    [InlineData("On Tuesday I wrote in my diary:\nchest pain and numb arm")]
    [InlineData("Pain was 5\n--\nActually I now have chest pain")]
    [InlineData("On 3 March, I wrote to my GP <gp@example.com> wrote:\nchest pain and numb arm")]
    public void Strip_PersonsOwnWordsThatLookLikeASignature_AreKept(string reply)
    {
        Assert.Equal(reply, QuotedTextStripper.Strip(reply));
    }

    [Fact]
    public void Split_ShortLinesAfterUnderline_AreCutButReturnedAsCutWords()
    {
        var split = QuotedTextStripper.Split("My pain is a 6\n________\nChest tight today\n> quoted numbness");

        Assert.Equal(new StrippedReply("My pain is a 6", "________\nChest tight today"), split);
    }

    [Fact]
    public void Split_OurOwnEmailAfterTheCut_IsNotInCutWords()
    {
        var split = QuotedTextStripper.Split("Fine\nSent from my iPhone\nFrom: PainDrip <reply+x@in.paindrip.app>\nSent: Monday\nAny chest pain?");

        Assert.Equal(new StrippedReply("Fine", "Sent from my iPhone"), split);
    }

    [Fact]
    public void Split_RealSignatureDelimiter_CutWordsEmpty()
    {
        Assert.Equal(new StrippedReply("Pain 3", ""), QuotedTextStripper.Split("Pain 3\n-- \nSam\nNumb Skull Records"));
    }
}
