namespace PainDrip.Infrastructure.Tests.Email.Inbound;

public sealed partial class InboundParseReaderTests
{
    private const string RawHeaders =
        "Return-Path: <sam@example.com>\r\n" +
        "From: =?UTF-8?Q?Sam_M=C3=BCller?= <sam@example.com>\r\n" +
        "To: PainDrip <reply+raw-token.sig@parse.paindrip.test>\r\n" +
        "Message-ID: <raw-42@mail.example.com>\r\n" +
        "In-Reply-To: <lesson-7@paindrip.test> <older@paindrip.test>\r\n" +
        "MIME-Version: 1.0\r\n";

    [Fact]
    public async Task ReadAsync_RawQuotedPrintableLatin1_DecodesBody()
    {
        var mime = RawHeaders +
            "Subject: Re: Semaine 2\r\n" +
            "Content-Type: text/plain; charset=\"iso-8859-1\"\r\n" +
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
            "Mal au dos: 3/10, =E7a va mieux. Tr=E8s long =\r\nparagraphe =3D ok.\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime, token: "raw-token.sig").ToContent());

        Assert.Equal("Mal au dos: 3/10, ça va mieux. Très long paragraphe = ok.", message.Text);
        Assert.Equal("Re: Semaine 2", message.Subject);
        Assert.Equal("sam@example.com", message.SenderAddress);
        Assert.Equal("raw-42@mail.example.com", message.MessageId);
        Assert.Equal("lesson-7@paindrip.test", message.InReplyTo);
        Assert.Equal("raw-token.sig", message.RecipientToken);
        Assert.Equal(1.5, message.SpamScore);
    }

    [Fact]
    public async Task ReadAsync_RawBase64Utf8_DecodesBody()
    {
        var mime = RawHeaders +
            "Subject: Re: Woche 2\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\n" +
            "U2NobWVyejogMiB2b24gMTAuDQpEaWUgRGVo\r\nbsO8YnVuZyBoaWxmdCENCg==\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("Schmerz: 2 von 10.\nDie Dehnübung hilft!", message.Text);
    }

    [Fact]
    public async Task ReadAsync_RawMultipartAlternative_PrefersPlainText()
    {
        var mime = RawHeaders +
            "Subject: Re: check-in\r\n" +
            "Content-Type: multipart/alternative; boundary=\"=_alt_77\"\r\n\r\n" +
            "This is a multi-part message in MIME format.\r\n" +
            "--=_alt_77\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
            "6, worse after the long drive.\r\n" +
            "--=_alt_77\r\n" +
            "Content-Type: text/html; charset=utf-8\r\n\r\n" +
            "<p>HTML version should not win</p>\r\n" +
            "--=_alt_77--\r\n" +
            "epilogue\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("6, worse after the long drive.", message.Text);
        Assert.Equal(0, message.AttachmentCount);
    }

    [Fact]
    public async Task ReadAsync_RawHtmlOnly_TurnsHtmlIntoReadableText()
    {
        var mime = RawHeaders +
            "Subject: Re: check-in\r\n" +
            "Content-Type: text/html; charset=windows-1252\r\n" +
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
            "<html><head><title>x</title><script>alert('no')</script></head><body>\r\n" +
            "<div>Pain: 7 =96 it=92s worse.</div><ul><li>heat helped</li><li>stretch did =\r\nnot</li></ul>\r\n" +
            "Thanks<br>Sam &lt;3<!-- tracking --></body></html>\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("Pain: 7 – it’s worse.\n- heat helped\n- stretch did not\nThanks\nSam <3", message.Text);
    }

    [Fact]
    public async Task ReadAsync_RawEncodedWordSubjects_DecodesEveryCharset()
    {
        var mime = RawHeaders +
            "Subject: =?UTF-8?B?UmU6IFLDvGNrZW4=?= =?ISO-8859-1?Q?_=E9t=E9?=\r\n\t=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= ok\r\n" +
            "Content-Type: text/plain\r\n\r\nfine\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("Re: Rücken étéテスト ok", message.Subject);
    }

    [Fact]
    public async Task ReadAsync_RawMixedWithNestedAlternativeAndAttachment_ReadsTextAndCountsFile()
    {
        var mime = RawHeaders +
            "Subject: Re: photo of my desk\r\n" +
            "Content-Type: multipart/mixed; boundary=outer\r\n\r\n" +
            "--outer\r\n" +
            "Content-Type: multipart/alternative; boundary=inner\r\n\r\n" +
            "--inner\r\n" +
            "Content-Type: text/plain; charset=us-ascii\r\n\r\n" +
            "Here is my desk setup.\r\n" +
            "--inner\r\n" +
            "Content-Type: text/html\r\n\r\n" +
            "<p>Here is my desk setup.</p>\r\n" +
            "--inner--\r\n" +
            "--outer\r\n" +
            "Content-Type: text/plain; name=\"notes.txt\"\r\n" +
            "Content-Disposition: attachment; filename=\"notes.txt\"\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\n" +
            "bm90IHRoZSBib2R5\r\n" +
            "--outer--\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("Here is my desk setup.", message.Text);
        Assert.Equal(1, message.AttachmentCount);
    }

    [Fact]
    public async Task ReadAsync_Raw8BitLatin1Source_KeepsBytesForDeclaredCharset()
    {
        var mime = RawHeaders +
            "Subject: Re: Semaine 2\r\n" +
            "Content-Type: text/plain; charset=ISO-8859-1\r\n" +
            "Content-Transfer-Encoding: 8bit\r\n\r\n" +
            "Déjà 2/10, merci à vous.\r\n";
        var post = InboundPost.Raw("").Field("email", Latin1.GetBytes(mime));

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("Déjà 2/10, merci à vous.", message.Text);
    }

    [Fact]
    public async Task ReadAsync_RawWithoutEnvelopeOrToField_TakesTokenFromMimeTo()
    {
        var mime = RawHeaders + "Subject: Re: hi\r\nContent-Type: text/plain\r\n\r\n5\r\n";
        var post = InboundPost.Raw(mime).Without("envelope").Without("to");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("raw-token.sig", message.RecipientToken);
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-replied\r\n", "Re: check-in", true)]
    [InlineData("Auto-Submitted: no\r\n", "Re: check-in", false)]
    [InlineData("X-Autoreply: yes\r\n", "Re: check-in", true)]
    [InlineData("", "Abwesenheitsnotiz: Ihre Nachricht", true)]
    [InlineData("", "Re: check-in", false)]
    public async Task ReadAsync_RawAutoReplyMarkers_AreDetected(string header, string subject, bool expected)
    {
        var mime = RawHeaders + header + $"Subject: {subject}\r\nContent-Type: text/plain\r\n\r\nI am away until 10 March.\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal(expected, message.IsAutoReply);
    }

    [Fact]
    public async Task ReadAsync_RawMultiByteCharacterSplitAcrossEncodedWords_JoinsBytesFirst()
    {
        // "ü" is C3 BC in UTF-8; the sender's encoder put one byte in each word.
        var mime = RawHeaders + "Subject: =?UTF-8?Q?R=C3?= =?UTF-8?Q?=BCcken?=\r\nContent-Type: text/plain\r\n\r\n3\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("Rücken", message.Subject);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    public async Task ReadAsync_RawCharsetDotNetCannotLoad_DecodesBodyAndSubjectAnyway(string charset)
    {
        var mime = RawHeaders +
            $"Subject: =?{charset}?Q?Back_pain?= today\r\n" +
            $"Content-Type: text/plain; charset={charset}\r\n\r\n" +
            "Pain is 4, a bit better.\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("Pain is 4, a bit better.", message.Text);
        Assert.EndsWith("today", message.Subject);
    }

    [Fact]
    public async Task ReadAsync_RawInvalidUtf8Bytes_DecodeWithReplacementCharacters()
    {
        var head = Latin1.GetBytes(RawHeaders + "Subject: Re: hi\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPain ");
        byte[] source = [.. head, 0xC3, 0x28, .. Latin1.GetBytes(" 6 today\r\n")];

        var message = await host.PostAsync(InboundPost.Raw("").Field("email", source).ToContent());

        Assert.Equal("Pain \uFFFD( 6 today", message.Text);
    }

    [Fact]
    public async Task ReadAsync_RawFieldIsNotMime_StillAnswersWithTheParsedFields()
    {
        var post = InboundPost.Raw("\0\u0001 not a mail at all").Field("text", "Pain 2.");

        var message = await host.PostAsync(post.ToContent());

        Assert.Equal("tok_8f2a.c0ffee", message.RecipientToken);
        Assert.Equal("sam@example.com", message.SenderAddress);
    }

    [Theory]
    [InlineData("From: Sam (home) <Sam@Example.COM>\r\n")]
    [InlineData("From: sam(home)@example.com\r\n")]
    [InlineData("From: \"Sam Example\" <SAM@example.com> (work)\r\n")]
    public async Task ReadAsync_RawFromWithCommentsOrName_GivesCanonicalSender(string from)
    {
        var mime = from + "To: reply+tok@parse.paindrip.test\r\nSubject: hi\r\nContent-Type: text/plain\r\n\r\n5\r\n";

        var message = await host.PostAsync(InboundPost.Raw(mime).ToContent());

        Assert.Equal("sam@example.com", message.SenderAddress);
    }

    [Fact]
    public async Task ReadAsync_RawNestedThousandsDeep_AnswersWithoutReadingThatDeep()
    {
        var mime = new System.Text.StringBuilder(RawHeaders + "Subject: Re: deep\r\n");
        for (var depth = 0; depth < 2_000; depth++)
        {
            mime.Append($"Content-Type: multipart/mixed; boundary=b{depth}\r\n\r\n--b{depth}\r\n");
        }
        mime.Append("Content-Type: text/plain\r\n\r\ndeep down\r\n");

        var message = await host.PostAsync(InboundPost.Raw(mime.ToString()).ToContent());

        Assert.Equal("Re: deep", message.Subject);
        Assert.DoesNotContain("deep down", message.Text);
    }
}
