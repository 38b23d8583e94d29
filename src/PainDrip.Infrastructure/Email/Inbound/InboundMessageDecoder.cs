using System.Globalization;
using System.Text;
using MimeKit;
using MimeKit.Utils;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Addresses;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Turns an Inbound Parse form, parsed or raw ("Send Raw") mode, into an <see cref="InboundMessage"/> with MimeKit.</summary>
/// <remarks>Odd input never throws: unknown or broken charsets decode with replacement characters, and raw MIME that
/// MimeKit cannot read at all falls back to the parsed fields SendGrid posts alongside it.</remarks>
internal static class InboundMessageDecoder
{
    private const string ReplyPrefix = "reply+";

    /// <summary>Decodes the form; throws <see cref="InvalidDataException"/> when it is not an Inbound Parse post.</summary>
    public static InboundMessage Decode(InboundForm form)
    {
        if (!form.Has("email") && !form.Has("headers") && !form.Has("from") && !form.Has("envelope"))
        {
            throw new InvalidDataException("The form has none of the Inbound Parse fields (email, headers, from, envelope).");
        }
        var fields = new FieldReader(form, InboundEnvelope.ParseCharsets(form.Field("charsets")?.Decode("utf-8")));
        var envelope = InboundEnvelope.Parse(fields.Text("envelope"));
        var mail = (form.Field("email") is { } raw ? FromRaw(raw, fields) : null) ?? FromParsed(fields);
        var headers = mail.Headers;
        var subject = InboundLimits.Cut(mail.Subject ?? DecodeWords(fields.Text("subject")), InboundLimits.MaxSubjectChars)!;
        return new InboundMessage(
            RecipientToken: FindReplyToken([.. envelope.To, mail.Address("To"), mail.Address("Cc")]),
            SenderAddress: FirstMailbox(mail.Address("From")) ?? FirstMailbox(envelope.From),
            Subject: subject,
            Text: InboundLimits.Cut(mail.Text, InboundLimits.MaxTextChars)!,
            MessageId: FirstId(headers["Message-ID"]),
            InReplyTo: FirstId(headers["In-Reply-To"]),
            IsAutoReply: AutoReplyMarkers.IsAutoReply(headers, subject),
            SpamScore: double.TryParse(fields.Text("spam_score"), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score : null,
            AttachmentCount: mail.AttachmentCount ?? fields.AttachmentCount);
    }

    private static DecodedMail FromParsed(FieldReader fields)
    {
        var headers = LoadHeaders(fields.Text("headers"));
        var subject = fields.Text("subject") is { } posted ? DecodeWords(posted) : headers["Subject"]?.Trim();
        var html = InboundLimits.Cut(fields.Text("html"), InboundLimits.MaxHtmlChars);
        var text = PlainText(fields.Text("text"));
        return new DecodedMail(headers, subject, text.Length > 0 ? text : HtmlReplyText.ToText(html), null)
        {
            // SendGrid's own fields first: they are what it routed on.
            Address = name => fields.Text(name.ToLowerInvariant()) ?? headers[name],
        };
    }

    private static DecodedMail? FromRaw(InboundField raw, FieldReader fields)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(MailParsing.Options, new MemoryStream(InboundLimits.CutAtTooManyParts(raw.ToBytes())));
        }
        catch (FormatException)
        {
            return null;
        }
        var readable = message.BodyParts.OfType<TextPart>().Where(part => !part.IsAttachment).ToList();
        var text = readable.Where(part => part.IsPlain).Select(part => PlainText(TextOf(part))).FirstOrDefault(t => t.Length > 0)
            ?? HtmlReplyText.ToText(InboundLimits.Cut(readable.Where(part => part.IsHtml).Select(TextOf).FirstOrDefault(), InboundLimits.MaxHtmlChars));
        return new DecodedMail(message.Headers, message.Subject?.Trim(), text, message.Attachments.Count())
        {
            Address = name => message.Headers[name] ?? fields.Text(name.ToLowerInvariant()),
        };
    }

    // MimeKit applies the declared charset; one .NET cannot load (UTF-7, a typo) falls back to UTF-8 with replacement characters.
    private static string TextOf(TextPart part)
    {
        try
        {
            return part.Text;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            return part.GetText(Encoding.UTF8);
        }
    }

    private static HeaderList LoadHeaders(string? block)
    {
        if (string.IsNullOrWhiteSpace(block))
        {
            return [];
        }
        try
        {
            return HeaderList.Load(MailParsing.Options, new MemoryStream(Encoding.UTF8.GetBytes(block.TrimEnd() + "\r\n\r\n")));
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private static string DecodeWords(string? value) =>
        string.IsNullOrEmpty(value)
            ? ""
            : Rfc2047.DecodeText(MailParsing.Options, Encoding.UTF8.GetBytes(InboundLimits.Cut(value, 4 * InboundLimits.MaxSubjectChars)!)).Trim();

    private static string? FirstMailbox(string? field) => MimeAddressParser.FirstInField(InboundLimits.AddressField(field));

    /// <summary>The token of the first <c>reply+&lt;token&gt;@domain</c> mailbox in the address fields, searched in order.</summary>
    private static string? FindReplyToken(IEnumerable<string?> fields)
    {
        foreach (var field in fields.Select(InboundLimits.AddressField))
        {
            if (!string.IsNullOrWhiteSpace(field) && field.Contains(ReplyPrefix, StringComparison.OrdinalIgnoreCase)
                && InternetAddressList.TryParse(MailParsing.Options, field, out var list)
                && list.Mailboxes.FirstOrDefault(IsReplyAddress) is { } mailbox)
            {
                return mailbox.LocalPart[ReplyPrefix.Length..];
            }
        }
        return null;
    }

    private static bool IsReplyAddress(MailboxAddress mailbox) =>
        mailbox.LocalPart.Length > ReplyPrefix.Length && mailbox.LocalPart.StartsWith(ReplyPrefix, StringComparison.OrdinalIgnoreCase);

    private static string? FirstId(string? field) =>
        string.IsNullOrWhiteSpace(field) || field.Length > InboundLimits.MaxIdFieldChars
            ? null
            : MimeUtils.EnumerateReferences(field).FirstOrDefault() ?? field.Trim().Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries)[0];

    private static string PlainText(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private sealed record DecodedMail(HeaderList Headers, string? Subject, string Text, int? AttachmentCount)
    {
        /// <summary>An address field (<c>From</c>, <c>To</c>, <c>Cc</c>) by header name.</summary>
        public required Func<string, string?> Address { get; init; }
    }

    private sealed class FieldReader(InboundForm form, IReadOnlyDictionary<string, string> charsets)
    {
        public int AttachmentCount =>
            int.TryParse(Text("attachments"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : form.FileCount;

        public string? Text(string name) => form.Field(name)?.Decode(charsets.GetValueOrDefault(name));
    }
}
