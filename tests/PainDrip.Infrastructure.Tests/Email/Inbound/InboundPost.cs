using System.Net.Http.Headers;
using System.Text;

namespace PainDrip.Infrastructure.Tests.Email.Inbound;

/// <summary>Builds an Inbound Parse multipart/form-data body field by field, the way SendGrid posts it.</summary>
public sealed class InboundPost
{
    private readonly List<(string Name, byte[] Value)> _fields = [];
    private readonly List<(string Name, string FileName, string ContentType, byte[] Content)> _files = [];

    /// <summary>A parsed-mode post of a short plain reply to the coach's reply address.</summary>
    public static InboundPost Parsed(string token = "tok_8f2a.c0ffee") => new InboundPost()
        .Field("headers", Headers(token))
        .Field("dkim", "{@example.com : pass}")
        .Field("to", $"PainDrip Coach <reply+{token}@parse.paindrip.test>")
        .Field("from", "Sam Example <sam@example.com>")
        .Field("subject", "Re: Your week 2 check-in")
        .Field("text", "4\r\n\r\nFeeling a bit better.\r\n\r\nOn Mon, the coach wrote:\r\n> How is it today?")
        .Field("sender_ip", "209.85.223.169")
        .Field("envelope", $$"""{"to":["reply+{{token}}@parse.paindrip.test"],"from":"sam@example.com"}""")
        .Field("charsets", """{"to":"UTF-8","html":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}""")
        .Field("SPF", "pass")
        .Field("spam_score", "0.012")
        .Field("spam_report", "Spam detection software has NOT identified this message as spam.")
        .Field("attachments", "0");

    /// <summary>A raw-mode ("Send Raw") post carrying the given MIME source.</summary>
    public static InboundPost Raw(string mime, string token = "tok_8f2a.c0ffee") => new InboundPost()
        .Field("email", mime)
        .Field("dkim", "{@example.com : pass}")
        .Field("to", $"reply+{token}@parse.paindrip.test")
        .Field("from", "sam@example.com")
        .Field("subject", "(decoded by SendGrid)")
        .Field("sender_ip", "209.85.223.169")
        .Field("envelope", $$"""{"to":["reply+{{token}}@parse.paindrip.test"],"from":"sam@example.com"}""")
        .Field("charsets", """{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}""")
        .Field("SPF", "pass")
        .Field("spam_score", "1.5");

    public static string Headers(string token, string extra = "") =>
        "Received: by mx.sendgrid.net with SMTP id abc123 Mon, 03 Mar 2025 08:15:02 +0000 (UTC)\r\n" +
        "MIME-Version: 1.0\r\n" +
        "From: Sam Example <sam@example.com>\r\n" +
        "Date: Mon, 3 Mar 2025 09:15:00 +0100\r\n" +
        "Message-ID: <CAF1x9=reply-001@mail.example.com>\r\n" +
        "Subject: Re: Your week 2 check-in\r\n" +
        $"To: PainDrip Coach <reply+{token}@parse.paindrip.test>\r\n" +
        "In-Reply-To: <checkin-week2.4711@paindrip.test>\r\n" +
        "References:\r\n <checkin-week2.4711@paindrip.test>\r\n" +
        extra +
        "Content-Type: multipart/alternative; boundary=\"000000000000a1b2\"\r\n";

    public InboundPost Field(string name, string value) => Field(name, Encoding.UTF8.GetBytes(value));

    public InboundPost Field(string name, byte[] value)
    {
        _fields.RemoveAll(field => field.Name == name);
        _fields.Add((name, value));
        return this;
    }

    public InboundPost Without(string name)
    {
        _fields.RemoveAll(field => field.Name == name);
        return this;
    }

    public InboundPost File(string name, string fileName, string contentType, byte[] content)
    {
        _files.Add((name, fileName, contentType, content));
        return this;
    }

    public MultipartFormDataContent ToContent()
    {
        var content = new MultipartFormDataContent();
        // Text fields carry no Content-Type of their own, as in SendGrid's posts; `charsets` says how to read them.
        foreach (var (name, value) in _fields)
        {
            content.Add(new ByteArrayContent(value), name);
        }
        foreach (var (name, fileName, contentType, bytes) in _files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            content.Add(file, name, fileName);
        }
        return content;
    }
}
