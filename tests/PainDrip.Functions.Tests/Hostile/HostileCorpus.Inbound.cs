using static PainDrip.Functions.Tests.Hostile.HostileRequest;

namespace PainDrip.Functions.Tests.Hostile;

public static partial class HostileCorpus
{
    private const string Inbox = "/api/inbound?key=" + HostileApp.InboundSecret;
    private const string ReplyDomain = "@in.paindrip.test";

    /// <summary>Inbound Parse posts: MIME bombs, header floods, CPU traps, UTF-7 and broken encodings, with and without the secret.</summary>
    public static IEnumerable<HostileRequest> Inbound(string replyToken)
    {
        string[] tokens = [replyToken, "not-a-token", "~unrouted", "../x", Repeat("t", 2_000)];
        foreach (var token in tokens)
        {
            foreach (var (name, fields) in ParsedShapes(token))
            {
                yield return Post($"inbound parsed {name} ({Short(token)})", Inbox, Multipart(fields));
            }
        }
        foreach (var (name, mime) in RawShapes(replyToken))
        {
            yield return Post($"inbound raw {name}", Inbox, Multipart(RawFields(mime, replyToken)));
        }
        yield return Post("inbound without secret", "/api/inbound", Multipart(ParsedShapes(replyToken).First().Fields));
        yield return Post("inbound wrong secret", "/api/inbound?key=nope", Multipart(ParsedShapes(replyToken).First().Fields));
        yield return Post("inbound url-encoded", Inbox, Form(("from", "sam@example.com"), ("to", $"reply+{replyToken}{ReplyDomain}"), ("text", "Pain \ud800 3")));
        yield return Post("inbound no known fields", Inbox, Multipart([("x", "y")]));
        yield return Post("inbound json", Inbox, Json("{\"from\":\"sam@example.com\"}"));
        yield return Post("inbound bad boundary", Inbox, Text("--zzz\r\n\r\nx", "multipart/form-data; boundary=" + Repeat("b", 5_000)));
        yield return Post("inbound truncated multipart", Inbox, Text("--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nPain", "multipart/form-data; boundary=b"));
        yield return Post("inbound part without disposition", Inbox, Text("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n", "multipart/form-data; boundary=b"));
        yield return Post("inbound 600 parts", Inbox, Multipart(Enumerable.Range(0, 600).Select(i => ($"f{i}", "x"))));
    }

    private static IEnumerable<(string Name, (string, string)[] Fields)> ParsedShapes(string token)
    {
        var to = $"reply+{token}{ReplyDomain}";
        (string, string)[] Parsed(string text = "Pain is 3 today.", string from = "Sam <sam@example.com>", string subject = "Re: check-in",
            string? html = null, string? charsets = null, string? envelope = null, string? headers = null) =>
        [
            ("from", from), ("to", to), ("subject", subject), ("text", text), ("html", html ?? ""),
            ("headers", headers ?? $"From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{Guid.NewGuid():N}@example.com>\r\n"),
            ("envelope", envelope ?? $$"""{"to":["{{to}}"],"from":"sam@example.com"}"""),
            ("charsets", charsets ?? """{"text":"utf-8","subject":"utf-8","from":"utf-8"}"""),
        ];
        yield return ("plain", Parsed());
        yield return ("script flood", Parsed(text: "", html: Repeat("<script>", 13_000)));
        yield return ("style lines", Parsed(text: "", html: Repeat("<style>p{color:red}\n", 5_000)));
        yield return ("from <a@ flood", Parsed(from: Repeat("<a@", 35_000)));
        yield return ("subject flood", Parsed(subject: Repeat("out of office automatic reply ", 4_000)));
        yield return ("utf-7 charsets", Parsed(charsets: """{"text":"utf-7","subject":"utf-7","from":"utf-7","html":"utf-7"}""", text: "Pain +AEE- 3"));
        yield return ("utf-7 subject word", Parsed(subject: "=?utf-7?Q?Re:_+AEE-?= =?utf-7?B?K0FFRS0=?="));
        yield return ("unknown charset", Parsed(charsets: """{"text":"x-klingon","subject":"\ud800"}"""));
        yield return ("charsets not json", Parsed(charsets: "{{{"));
        yield return ("envelope lone surrogate", Parsed(envelope: $$"""{"to":["{{to}}"],"from":"sam\ud800@example.com"}"""));
        yield return ("envelope not json", Parsed(envelope: "{to:"));
        yield return ("envelope deep", Parsed(envelope: Deep(5_000)));
        yield return ("header flood", Parsed(headers: Repeat("X-H: v\r\n", 20_000)));
        yield return ("red flag text", Parsed(text: "Since yesterday my arm is numb and I can't feel my hand. Pain 8."));
        yield return ("10 MB text", Parsed(text: "Pain 4.\n" + Repeat("x", 10 * 1024 * 1024)));
    }

    private static (string, string)[] RawFields(string mime, string token) =>
        [("email", mime), ("to", $"reply+{token}{ReplyDomain}"), ("envelope", $$"""{"to":["reply+{{token}}{{ReplyDomain}}"],"from":"sam@example.com"}""")];

    private static IEnumerable<(string Name, string Mime)> RawShapes(string token)
    {
        var head = $"From: Sam <sam@example.com>\r\nTo: reply+{token}{ReplyDomain}\r\nMessage-ID: <{Guid.NewGuid():N}@example.com>\r\n";
        yield return ("plain", head + "Subject: Re: hi\r\nContent-Type: text/plain\r\n\r\nPain 2.\r\n");
        yield return ("deep nesting", head + "Subject: deep\r\n" + Repeat("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n", 3_000));
        yield return ("5,000 parts", head + "Subject: parts\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            + Repeat("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n", 5_000) + "--b--\r\n");
        yield return ("header flood", Repeat("X-H: v\r\n", 30_000) + head + "Subject: flood\r\n\r\nPain 1.\r\n");
        yield return ("from <a@ flood", $"From: {Repeat("<a@", 35_000)}\r\nTo: reply+{token}{ReplyDomain}\r\nSubject: x\r\n\r\nPain 2.\r\n");
        yield return ("utf-7 subject", head + "Subject: =?utf-7?Q?+AEE-?=\r\nContent-Type: text/plain\r\n\r\nPain 2.\r\n");
        yield return ("utf-7 part", head + "Subject: u7\r\nContent-Type: text/plain; charset=utf-7\r\n\r\nPain +AEE- 2.\r\n");
        yield return ("utf-16 lone surrogate part", head + "Subject: u16\r\nContent-Type: text/plain; charset=utf-16le\r\nContent-Transfer-Encoding: base64\r\n\r\nANg=\r\n");
        yield return ("broken base64", head + "Subject: b64\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!*&^%$\r\n");
        yield return ("script flood html", head + "Subject: s\r\nContent-Type: text/html\r\n\r\n" + Repeat("<script>", 13_000));
        yield return ("not mime", "\u0000\u0001\u0002 not a mail");
        yield return ("boundary missing", head + "Subject: nb\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\nPain 3\r\n");
        yield return ("message/rfc822 chain", head + "Subject: chain\r\n" + Repeat("Content-Type: message/rfc822\r\n\r\n", 2_000) + "Pain 3\r\n");
    }
}
