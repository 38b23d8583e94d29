using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>Sends through an SMTP relay with MailKit, as multipart/alternative (text first, then HTML) with UTF-8 headers.</summary>
/// <remarks>The provider message id is our own Message-ID, since SMTP gives none back.</remarks>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    private readonly SmtpOptions _options = options.Value;

    public async Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var mail = ToMimeMessage(message);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, Security(), cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password, cancellationToken);
            }
            await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            // 4xx replies are temporary by definition (RFC 5321 §4.2.1); 5xx are permanent.
            var code = (int)e.StatusCode;
            throw new MailSendException($"The SMTP relay refused the message ({code}).", code, [e.Message], code is >= 400 and < 500, e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or System.Net.Sockets.SocketException
            or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            throw new MailSendException("The SMTP relay could not be reached or broke off.", null, [e.GetType().Name], true, e);
        }
        SendingLog.SentBySmtp(logger, message.CorrelationId);
        return new SendResult(message.MessageId);
    }

    internal static MimeMessage ToMimeMessage(EmailMessage message)
    {
        var mail = new MimeMessage { Subject = message.Subject, MessageId = message.MessageId.Trim('<', '>') };
        mail.From.Add(Address(message.From));
        mail.To.Add(Address(message.To));
        if (message.ReplyTo is { } replyTo)
        {
            mail.ReplyTo.Add(Address(replyTo));
        }
        foreach (var (name, value) in message.Headers)
        {
            mail.Headers.Add(name, value);
        }
        mail.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        return mail;
    }

    private SecureSocketOptions Security() => _options.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None;

    private static MailboxAddress Address(Mailbox mailbox) => new(mailbox.Name ?? "", mailbox.Address);
}
