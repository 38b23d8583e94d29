using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PainDrip.Infrastructure.Email.Inbound;

namespace PainDrip.Infrastructure.Tests.Email.Inbound;

public sealed partial class InboundParseReaderTests(InboundParseHost host) : IClassFixture<InboundParseHost>
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    static InboundParseReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task ReadAsync_ParsedReply_DecodesEveryField()
    {
        var message = await host.PostAsync(InboundPost.Parsed("tok_8f2a.c0ffee").ToContent());

        Assert.Equal("tok_8f2a.c0ffee", message.RecipientToken);
        Assert.Equal("sam@example.com", message.SenderAddress);
        Assert.Equal("Re: Your week 2 check-in", message.Subject);
        Assert.Equal("4\n\nFeeling a bit better.\n\nOn Mon, the coach wrote:\n> How is it today?", message.Text);
        Assert.Equal("CAF1x9=reply-001@mail.example.com", message.MessageId);
        Assert.Equal("checkin-week2.4711@paindrip.test", message.InReplyTo);
        Assert.False(message.IsAutoReply);
        Assert.Equal(0.012, message.SpamScore);
        Assert.Equal(0, message.AttachmentCount);
    }

    [Fact]
    public async Task ReadAsync_Iso88591SubjectAndTextDeclaredInCharsets_DecodesThem()
    {
        var post = InboundPost.Parsed()
            .Field("subject", Latin1.GetBytes("Re: Déjà mieux, ça va"))
            .Field("text", Latin1.GetBytes("Douleur à 3. Übungen gemacht, très bien."))
            .Field("charsets", """{"to":"UTF-8","subject":"iso-8859-1","from":"UTF-8","text":"iso-8859-1"}""");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("Re: Déjà mieux, ça va", message.Subject);
        Assert.Equal("Douleur à 3. Übungen gemacht, très bien.", message.Text);
    }

    [Fact]
    public async Task ReadAsync_ShiftJisTextDeclaredInCharsets_DecodesIt()
    {
        var post = InboundPost.Parsed()
            .Field("text", Encoding.GetEncoding("shift_jis").GetBytes("痛みは3です。ストレッチをしました。"))
            .Field("charsets", """{"to":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"shift_jis"}""");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("痛みは3です。ストレッチをしました。", message.Text);
    }

    [Fact]
    public async Task ReadAsync_AttachmentsPosted_CountsThemAndKeepsText()
    {
        var post = InboundPost.Parsed()
            .Field("attachments", "2")
            .Field("attachment-info", """
                {"attachment1":{"filename":"posture.jpg","name":"posture.jpg","type":"image/jpeg","content-id":"ii_k1"},
                 "attachment2":{"filename":"physio-note.pdf","name":"physio-note.pdf","type":"application/pdf"}}
                """)
            .Field("content-ids", """{"ii_k1":"attachment1"}""")
            .File("attachment1", "posture.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[40_000], 0xFF, 0xD9])
            .File("attachment2", "physio-note.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal(2, message.AttachmentCount);
        Assert.StartsWith("4\n\nFeeling a bit better.", message.Text);
    }

    [Fact]
    public async Task ReadAsync_HtmlOnlyParsedPost_TurnsHtmlIntoText()
    {
        var post = InboundPost.Parsed()
            .Without("text")
            .Field("html", "<html><head><style>p{color:red}</style></head><body><p>Pain is <b>5</b> today&nbsp;&amp; stiff.</p><div>Did the stretches.</div></body></html>");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("Pain is 5 today & stiff.\n\nDid the stretches.", message.Text);
    }

    [Fact]
    public async Task ReadAsync_EnvelopeAndToDisagree_TakesTokenFromEnvelope()
    {
        var post = InboundPost.Parsed()
            .Field("to", "Coach <reply+from-header@parse.paindrip.test>")
            .Field("envelope", """{"to":["reply+from-envelope@parse.paindrip.test"],"from":"bounce-123@mailer.example.com"}""");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("from-envelope", message.RecipientToken);
        Assert.Equal("sam@example.com", message.SenderAddress);
    }

    [Fact]
    public async Task ReadAsync_NoEnvelope_TakesTokenFromTo()
    {
        var post = InboundPost.Parsed()
            .Without("envelope")
            .Field("to", "friend@example.org, \"PainDrip\" <Reply+abc-DEF_123@parse.paindrip.test>");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("abc-DEF_123", message.RecipientToken);
    }

    [Fact]
    public async Task ReadAsync_NoReplyAddressAnywhere_LeavesTokenNull()
    {
        var post = InboundPost.Parsed()
            .Field("to", "coach@paindrip.test")
            .Field("headers", "From: sam@example.com\r\nTo: coach@paindrip.test\r\n")
            .Field("envelope", """{"to":["coach@paindrip.test"],"from":"sam@example.com"}""");

        var message = await host.PostAsync(post.ToContent());

        Assert.Null(message.RecipientToken);
    }

    [Fact]
    public async Task ReadAsync_OutOfOfficeReply_IsMarkedAutomatic()
    {
        var post = InboundPost.Parsed()
            .Field("subject", "Automatic reply: Your week 2 check-in")
            .Field("headers", InboundPost.Headers("tok", "Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n"))
            .Field("text", "I am out of the office until Monday.");

        var message = await host.PostAsync(post.ToContent());

        Assert.True(message.IsAutoReply);
    }

    [Fact]
    public async Task ReadAsync_SubjectFieldMissing_DecodesEncodedWordFromHeaders()
    {
        var post = InboundPost.Parsed()
            .Without("subject")
            .Field("headers", "From: sam@example.com\r\nSubject: =?UTF-8?Q?Re:_R=C3=BCcken_?=\r\n =?UTF-8?B?aXN0IGJlc3Nlcg==?=\r\n");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("Re: Rücken ist besser", message.Subject);
    }

    [Fact]
    public async Task Read_FormCollectionFromAspNetCore_DecodesMessage()
    {
        using var content = InboundPost.Parsed().ToContent();
        var context = new DefaultHttpContext();
        context.Request.ContentType = content.Headers.ContentType!.ToString();
        context.Request.Body = await content.ReadAsStreamAsync();
        var form = await context.Request.ReadFormAsync();
        var reader = new InboundParseReader(Options.Create(new InboundOptions()));

        var result = reader.Read(form);

        Assert.Equal(InboundParseOutcome.Parsed, result.Outcome);
        Assert.Equal("tok_8f2a.c0ffee", result.Message!.RecipientToken);
        Assert.Equal("Re: Your week 2 check-in", result.Message.Subject);
    }

    [Fact]
    public async Task Read_FormCollectionOverLimit_IsTooLarge()
    {
        using var content = InboundPost.Parsed().Field("text", new string('x', 5000)).ToContent();
        var context = new DefaultHttpContext();
        context.Request.ContentType = content.Headers.ContentType!.ToString();
        context.Request.Body = await content.ReadAsStreamAsync();
        var form = await context.Request.ReadFormAsync();
        var reader = new InboundParseReader(Options.Create(new InboundOptions { MaxBodyBytes = 4096 }));

        var result = reader.Read(form);

        Assert.Equal(InboundParseOutcome.TooLarge, result.Outcome);
        Assert.Equal(413, result.StatusCode);
    }
}
