using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PainDrip.Cli;

/// <summary>A plain-text reply laid out as the fields of a SendGrid Inbound Parse post in parsed mode.</summary>
public sealed record InboundReplyForm(string To, string From, string Subject, string Text)
{
    // SendGrid writes the + of reply+token as it is; the default encoder would write \u002B.
    private static readonly JsonSerializerOptions EnvelopeJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The address inside <paramref name="to"/> (<c>Name &lt;reply+token@domain&gt;</c> as copied from a Reply-To, or the
    /// bare address), or <see langword="null"/> when it is not a <c>reply+…@…</c> address.
    /// </summary>
    public static string? BareAddress(string to)
    {
        var address = to.Trim();
        var open = address.LastIndexOf('<');
        if (open >= 0 && address.EndsWith('>'))
        {
            address = address[(open + 1)..^1].Trim();
        }
        return address.StartsWith("reply+", StringComparison.OrdinalIgnoreCase) && MailAddress.TryCreate(address, out var parsed)
            && parsed.Address == address
            ? address
            : null;
    }

    /// <summary>The fields in SendGrid's order, as name/value pairs.</summary>
    public IReadOnlyList<(string Name, string Value)> Fields(DateTimeOffset sentAt)
    {
        var senderDomain = From[(From.LastIndexOf('@') + 1)..];
        return
        [
            ("headers", Headers(sentAt, senderDomain)),
            ("dkim", $"{{@{senderDomain} : pass}}"),
            ("to", To),
            ("from", From),
            ("subject", Subject),
            ("text", Text.ReplaceLineEndings("\r\n")),
            ("sender_ip", "127.0.0.1"),
            ("envelope", JsonSerializer.Serialize(new { to = new[] { To }, from = From }, EnvelopeJson)),
            ("charsets", """{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}"""),
            ("SPF", "pass"),
            ("spam_score", "0.0"),
            ("spam_report", "Local test reply from the paindrip CLI; not checked for spam."),
            ("attachments", "0"),
        ];
    }

    /// <summary>The multipart/form-data body. Text parts carry no Content-Type of their own, as in SendGrid's posts.</summary>
    public MultipartFormDataContent ToContent(DateTimeOffset sentAt)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in Fields(sentAt))
        {
            content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(value)), name);
        }
        return content;
    }

    private string Headers(DateTimeOffset sentAt, string senderDomain) =>
        $"Received: from localhost by paindrip-cli; {Date(sentAt)}\r\n"
        + "MIME-Version: 1.0\r\n"
        + $"From: {From}\r\n"
        + $"To: {To}\r\n"
        + $"Subject: {EncodedWord(Subject)}\r\n"
        + $"Date: {Date(sentAt)}\r\n"
        + $"Message-ID: <{Guid.NewGuid():N}@{senderDomain}>\r\n"
        + "Content-Type: text/plain; charset=\"UTF-8\"\r\n";

    private static string Date(DateTimeOffset at) =>
        at.ToString("ddd, d MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + at.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "");

    // Raw header blocks are ASCII; anything else travels as an RFC 2047 encoded word.
    private static string EncodedWord(string text) =>
        text.All(c => c is >= ' ' and <= '~') ? text : $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
}
