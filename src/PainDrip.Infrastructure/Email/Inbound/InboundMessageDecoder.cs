using System.Globalization;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Inbound.Mime;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Turns an Inbound Parse form, parsed or raw ("Send Raw") mode, into an <see cref="InboundMessage"/>.</summary>
internal static class InboundMessageDecoder
{
    /// <summary>Decodes the form; throws <see cref="InvalidDataException"/> when it is not an Inbound Parse post.</summary>
    public static InboundMessage Decode(InboundForm form)
    {
        if (!form.Has("email") && !form.Has("headers") && !form.Has("from") && !form.Has("envelope"))
        {
            throw new InvalidDataException("The form has none of the Inbound Parse fields (email, headers, from, envelope).");
        }
        var fields = new FieldReader(form, InboundEnvelope.ParseCharsets(form.Field("charsets")?.Decode("utf-8")));
        var envelope = InboundEnvelope.Parse(fields.Text("envelope"));
        var mail = form.Field("email") is { } raw ? FromRaw(raw, fields) : FromParsed(fields);
        var from = mail.From ?? fields.Text("from");
        return new InboundMessage(
            RecipientToken: MailAddresses.FindReplyToken([.. envelope.To, mail.To ?? fields.Text("to"), mail.Cc ?? fields.Text("cc")]),
            SenderAddress: MailAddresses.First(from) ?? MailAddresses.First(envelope.From),
            Subject: mail.Subject,
            Text: mail.Text,
            MessageId: MailAddresses.FirstMessageId(mail.Headers.Get("Message-ID")),
            InReplyTo: MailAddresses.FirstMessageId(mail.Headers.Get("In-Reply-To")),
            IsAutoReply: AutoReplyMarkers.IsAutoReply(mail.Headers, mail.Subject),
            SpamScore: double.TryParse(fields.Text("spam_score"), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score : null,
            AttachmentCount: mail.AttachmentCount);
    }

    private static DecodedMail FromParsed(FieldReader fields)
    {
        var headers = MimeHeaders.Parse(fields.Text("headers"));
        var subject = EncodedWords.Decode(fields.Text("subject") ?? headers.Get("Subject"));
        var text = PlainText(fields.Text("text"));
        if (text.Length == 0)
        {
            text = HtmlText.ToText(fields.Text("html"));
        }
        var attachments = int.TryParse(fields.Text("attachments"), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : fields.FileCount;
        return new DecodedMail(headers, subject.Trim(), text, fields.Text("from") ?? headers.Get("From"),
            fields.Text("to") ?? headers.Get("To"), fields.Text("cc") ?? headers.Get("Cc"), attachments);
    }

    private static DecodedMail FromRaw(InboundField raw, FieldReader fields)
    {
        var root = MimeEntity.Parse(raw.ToBytes());
        var headers = root.Headers;
        var subject = EncodedWords.Decode(headers.Get("Subject") ?? fields.Text("subject"));
        var leaves = root.Descendants().Where(entity => entity.Children.Count == 0).ToList();
        var readable = leaves.Where(entity => !entity.IsAttachment).ToList();
        var plain = readable.Where(entity => entity.ContentType.Value == "text/plain")
            .Select(entity => PlainText(entity.DecodeText()))
            .FirstOrDefault(text => text.Length > 0);
        var text = plain ?? HtmlText.ToText(readable.FirstOrDefault(entity => entity.ContentType.Value == "text/html")?.DecodeText());
        return new DecodedMail(headers, subject.Trim(), text, headers.Get("From"), headers.Get("To"), headers.Get("Cc"),
            leaves.Count(entity => entity.IsAttachment));
    }

    private static string PlainText(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private sealed record DecodedMail(
        MimeHeaders Headers, string Subject, string Text, string? From, string? To, string? Cc, int AttachmentCount);

    private sealed class FieldReader(InboundForm form, IReadOnlyDictionary<string, string> charsets)
    {
        public int FileCount => form.Files.Count;

        public string? Text(string name) => form.Field(name)?.Decode(charsets.GetValueOrDefault(name));
    }
}
