using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>Sends through an SMTP relay as multipart/alternative (text first, then HTML) with UTF-8 headers.</summary>
/// <remarks>The provider message id is our own Message-ID, since SMTP gives none back.</remarks>
public sealed class SmtpMailSender : IMailSender
{
    private readonly SmtpOptions _options;
    private readonly ILogger<SmtpMailSender> _logger;

    public SmtpMailSender(IOptions<SmtpOptions> options, ILogger<SmtpMailSender> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var mail = ToMailMessage(message);
        using var client = new SmtpClient(_options.Host, _options.Port)
        {
            EnableSsl = _options.EnableSsl,
            Timeout = (int)_options.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            client.Credentials = new NetworkCredential(_options.UserName, _options.Password);
        }
        try
        {
            await client.SendMailAsync(mail, cancellationToken);
        }
        catch (SmtpException e)
        {
            var transient = e.StatusCode is SmtpStatusCode.ServiceNotAvailable or SmtpStatusCode.MailboxBusy
                or SmtpStatusCode.InsufficientStorage or SmtpStatusCode.LocalErrorInProcessing or SmtpStatusCode.GeneralFailure;
            throw new MailSendException($"The SMTP relay refused the message ({e.StatusCode}).", (int)e.StatusCode, [e.Message], transient, e);
        }
        SendingLog.SentBySmtp(_logger, message.CorrelationId);
        return new SendResult(message.MessageId);
    }

    internal static MailMessage ToMailMessage(EmailMessage message)
    {
        var mail = new MailMessage
        {
            From = Address(message.From),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        mail.To.Add(Address(message.To));
        if (message.ReplyTo is { } replyTo)
        {
            mail.ReplyToList.Add(Address(replyTo));
        }
        mail.AlternateViews.Add(View(message.Text, MediaTypeNames.Text.Plain));
        mail.AlternateViews.Add(View(message.Html, MediaTypeNames.Text.Html));
        foreach (var (name, value) in message.Headers)
        {
            mail.Headers.Add(name, value);
        }
        mail.Headers.Add("Message-ID", message.MessageId);
        return mail;
    }

    private static MailAddress Address(Mailbox mailbox) =>
        new(mailbox.Address, mailbox.Name ?? "", Encoding.UTF8);

    private static AlternateView View(string content, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }
}
