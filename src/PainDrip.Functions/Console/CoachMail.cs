using Microsoft.Extensions.Options;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Console;

/// <summary>
/// Emails to the coaches (the urgent alert, the daily digest). They carry no health details, no names and no reply
/// text: only that something waits and the console link, since mailboxes and mail services keep what they carry.
/// </summary>
public sealed class CoachMail(IOptions<EmailOptions> email, IOptions<ConsoleOptions> console, IMailSender sender)
{
    /// <summary>The console's address for a path such as <c>/api/console</c>.</summary>
    public string Link(string pathAndQuery) => email.Value.PublicBaseUrl.TrimEnd('/') + pathAndQuery;

    /// <summary>Sends one email to every alert address; returns how many went out (0 when none is configured).</summary>
    public async Task<int> SendAsync(string subject, string text, string linkText, string url, CancellationToken cancellationToken)
    {
        var from = email.Value;
        var domain = from.FromAddress[(from.FromAddress.LastIndexOf('@') + 1)..];
        var html = $"<p>{Pages.Html.E(text)}</p><p><a href=\"{Pages.Html.E(url)}\">{Pages.Html.E(linkText)}</a></p>";
        var sent = 0;
        foreach (var address in console.Value.AlertList)
        {
            var id = Guid.NewGuid().ToString("N");
            var message = new EmailMessage(
                new Mailbox(address), new Mailbox(from.FromAddress, $"{from.FromName} coach console"), null, subject,
                html, $"{text}\n\n{linkText}: {url}\n", new Dictionary<string, string>(), $"<{id}@{domain}>", id);
            await sender.SendAsync(message, cancellationToken);
            sent++;
        }
        return sent;
    }
}
