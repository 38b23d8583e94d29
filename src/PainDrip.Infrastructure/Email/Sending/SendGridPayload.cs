using System.Text.Json;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>The JSON body of <c>POST /v3/mail/send</c> for one message.</summary>
/// <remarks>
/// Content goes text/plain first, then text/html, as SendGrid requires. Only the opaque correlation id
/// travels in <c>custom_args</c>. Click and open tracking stay off: they would rewrite the signed links
/// and tell a third party who reads which health lesson.
/// </remarks>
internal static class SendGridPayload
{
    public const string CorrelationArg = "correlation_id";

    public static byte[] Build(EmailMessage message, bool sandboxMode)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("personalizations");
            json.WriteStartObject();
            json.WriteStartArray("to");
            WriteMailbox(json, null, message.To);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            WriteMailbox(json, "from", message.From);
            if (message.ReplyTo is { } replyTo)
            {
                WriteMailbox(json, "reply_to", replyTo);
            }
            json.WriteString("subject", message.Subject);
            WriteContent(json, message);
            WriteHeaders(json, message);
            json.WriteStartObject("custom_args");
            json.WriteString(CorrelationArg, message.CorrelationId);
            json.WriteEndObject();
            WriteSettings(json, sandboxMode);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteMailbox(Utf8JsonWriter json, string? property, Mailbox mailbox)
    {
        if (property is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(property);
        }
        json.WriteString("email", mailbox.Address);
        if (!string.IsNullOrEmpty(mailbox.Name))
        {
            json.WriteString("name", mailbox.Name);
        }
        json.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter json, EmailMessage message)
    {
        json.WriteStartArray("content");
        foreach (var (type, value) in new[] { ("text/plain", message.Text), ("text/html", message.Html) })
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            json.WriteString("value", value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteHeaders(Utf8JsonWriter json, EmailMessage message)
    {
        json.WriteStartObject("headers");
        foreach (var (name, value) in message.Headers)
        {
            json.WriteString(name, value);
        }
        json.WriteString("Message-ID", message.MessageId);
        json.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter json, bool sandboxMode)
    {
        json.WriteStartObject("mail_settings");
        json.WriteStartObject("sandbox_mode");
        json.WriteBoolean("enable", sandboxMode);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("tracking_settings");
        json.WriteStartObject("click_tracking");
        json.WriteBoolean("enable", false);
        json.WriteBoolean("enable_text", false);
        json.WriteEndObject();
        json.WriteStartObject("open_tracking");
        json.WriteBoolean("enable", false);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
