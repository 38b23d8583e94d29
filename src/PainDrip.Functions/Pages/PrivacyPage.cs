using System.Text;
using Microsoft.Extensions.Options;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Pages;

/// <summary>The privacy page: who runs the service, what is stored, who else handles it, for how long, and how to get a
/// copy or have it erased. Filled from <see cref="PrivacyOptions"/> and the email settings.</summary>
public sealed class PrivacyPage(IOptions<PrivacyOptions> privacy, IOptions<EmailOptions> email)
{
    /// <summary>The page as HTML; every setting is encoded.</summary>
    public string ToHtml()
    {
        var options = privacy.Value;
        var who = Blank(options.OperatorName) ? email.Value.FromName : options.OperatorName.Trim();
        var contact = Blank(options.ContactAddress) ? email.Value.FromAddress : options.ContactAddress.Trim();
        var html = new StringBuilder();
        html.Append(Section("Who runs PainDrip",
            $"{who} runs this service and decides what happens to your data. Write to {contact} with any question about it.",
            $"Postal address: {email.Value.PostalAddress.ReplaceLineEndings(", ")}"));
        html.Append("  <h2>What we store</h2>\n").Append(List(
            "Your email address and first name, to send you the program.",
            "Your sign-up answers: where it hurts, since when, how bad it is, what sets it off, your time zone and the hour you chose.",
            "Your replies to our emails and what we read from them (pain scores, pauses, warning signs), so the program can adapt and a coach can look when needed.",
            "Your program's timeline: which emails went out and when, phase changes, pauses and stops.",
            "Delivery reports from our email provider: delivered, bounced, or marked as spam. We do not track opens or clicks."));
        html.Append(Section("Who else handles it",
            "Emails go out, and your replies come in, through Twilio SendGrid. The service and its data run on Microsoft Azure. Nobody else gets your data, and we never sell it."));
        html.Append(Section("How long we keep it",
            $"While your program runs, and for {Months(options.RetentionMonths)} after it ends or you stop it. By then {who} erases it; you can ask for that sooner at any time.",
            "Once your data is erased, we keep only a scrambled form (a hash) of your email address, so that we never email you again."));
        html.Append(Section("Get a copy or have it erased",
            $"Write to {contact} from the address you signed up with, or reply to any PainDrip email, and ask for a copy of your data or for it to be erased. We answer within {options.RequestDays} days.",
            "To change when emails arrive, pause or stop, use the link at the bottom of any PainDrip email."));
        return PageShell.Render("Privacy", html.ToString());
    }

    private static string Section(string heading, params string[] paragraphs) =>
        $"  <h2>{PageShell.Encode(heading)}</h2>\n" + string.Concat(paragraphs.Select(p => PageShell.Paragraph(p)));

    private static string List(params string[] items) =>
        "  <ul>\n" + string.Concat(items.Select(item => $"    <li>{PageShell.Encode(item)}</li>\n")) + "  </ul>\n";

    private static string Months(int months) => months == 1 ? "1 month" : $"{months} months";

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
