namespace PainDrip.Infrastructure.Tests.Email.Inbound;

/// <summary>Posts shaped to cost time or to break decoding: each piece is bounded before a parser sees it, and
/// broken encodings are read as well as they can be.</summary>
public sealed partial class InboundParseReaderTests
{
    [Fact]
    public async Task ReadAsync_EnvelopeWithLoneSurrogateEscape_IsReadWithAReplacementCharacter()
    {
        var post = InboundPost.Parsed().Without("to").Without("from").Without("headers")
            .Field("envelope", """{"to":["reply+tok_8f2a.c0ffee@parse.paindrip.test"],"from":"sam\ud800@example.com"}""");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("tok_8f2a.c0ffee", message.RecipientToken);
        Assert.Contains('\uFFFD', message.SenderAddress ?? "");
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("x-unknown-7")]
    public async Task ReadAsync_ParsedFieldsDeclaredInACharsetDotNetCannotLoad_AreReadAnyway(string charset)
    {
        var post = InboundPost.Parsed()
            .Field("charsets", $$"""{"text":"{{charset}}","subject":"{{charset}}","from":"{{charset}}"}""")
            .Field("subject", "=?utf-7?Q?Re:_+AEE-_week?=");

        var message = await host.PostAsync(post.ToContent());

        Assert.StartsWith("4\n\nFeeling a bit better.", message.Text);
        Assert.StartsWith("Re:", message.Subject);
    }

    [Fact]
    public async Task ReadAsync_FromFieldPastTheSizeBound_IsNotParsedAndTheEnvelopeSenderCounts()
    {
        var from = "Sam " + new string(' ', 20_000) + "<sam@example.com>";
        var post = InboundPost.Parsed().Field("from", from).Field("headers", "Subject: hi\r\n")
            .Field("envelope", """{"to":["reply+tok_8f2a.c0ffee@parse.paindrip.test"],"from":"bounce@mailer.example.com"}""");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("bounce@mailer.example.com", message.SenderAddress);
    }

    [Fact]
    public async Task ReadAsync_FromFieldOfRepeatedOpenBrackets_IsNotParsed()
    {
        var from = string.Concat(Enumerable.Repeat("<a@", 1_000)) + " <sam@example.com>";
        var post = InboundPost.Parsed().Field("from", from).Field("headers", "Subject: hi\r\n")
            .Field("envelope", """{"to":["reply+tok_8f2a.c0ffee@parse.paindrip.test"],"from":"bounce@mailer.example.com"}""");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("bounce@mailer.example.com", message.SenderAddress);
        Assert.Equal("tok_8f2a.c0ffee", message.RecipientToken);
    }

    [Fact]
    public async Task ReadAsync_TextOf200KB_KeepsTheStartAndBoundsTheRest()
    {
        var text = "Pain 3, red flag words at the top.\r\n" + new string('x', 200 * 1024);

        var message = await host.PostAsync(InboundPost.Parsed().Field("text", text).ToContent());

        Assert.StartsWith("Pain 3, red flag words at the top.", message.Text);
        Assert.InRange(message.Text.Length, 1_000, 128 * 1024);
    }

    [Fact]
    public async Task ReadAsync_SubjectOf20KB_IsCutToOneHeaderLine()
    {
        var message = await host.PostAsync(InboundPost.Parsed().Field("subject", "Re: " + new string('s', 20_000)).ToContent());

        Assert.StartsWith("Re: sss", message.Subject);
        Assert.InRange(message.Subject.Length, 100, 1_000);
    }

    [Fact]
    public async Task ReadAsync_HtmlOfScriptAndStyleFloods_GivesOnlyTheVisibleWords()
    {
        var html = string.Concat(Enumerable.Repeat("<script>", 5_000)) + "</script>" + string.Concat(Enumerable.Repeat("<style>p{}\n", 2_000))
            + "</style><p>Pain 2 today</p>";

        var message = await host.PostAsync(InboundPost.Parsed().Without("text").Field("html", html).ToContent());

        Assert.Equal("Pain 2 today", message.Text);
    }

    [Fact]
    public async Task ReadAsync_RawWithThousandsOfParts_ReadsTheFirstTextPartAndNotThePartsPastTheBound()
    {
        var parts = string.Concat(Enumerable.Repeat(
            "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment\r\n\r\nx\r\n", 2_000));
        var mime = RawHeaders + "Subject: many\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nPain 5.\r\n" + parts + "--b--\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("Pain 5.", message.Text);
        Assert.InRange(message.AttachmentCount, 1, 500);
    }
}
