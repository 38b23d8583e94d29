using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Lessons;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Email.Composition;

/// <summary>The addresses and links one person's emails carry, all signed over their enrollment id.</summary>
/// <param name="ReplyAddress"><c>reply+token@inbound-domain</c>: replies route by this, never by <c>From</c>.</param>
/// <param name="UnsubscribeUrl">The one-click (RFC 8058) and visible unsubscribe link.</param>
/// <param name="UnsubscribeMailto">The <c>mailto:unsubscribe+token@inbound-domain</c> alternative.</param>
/// <param name="PreferencesUrl">The signed "change when emails arrive" page (send hour, time zone, pause, stop).</param>
/// <param name="PrivacyUrl">The privacy page; the same for everyone, so not signed.</param>
public sealed record EmailLinks(string ReplyAddress, string UnsubscribeUrl, string UnsubscribeMailto, string PreferencesUrl, string PrivacyUrl);

/// <summary>Builds finished emails (HTML and text parts, headers, signed links) from lessons and people.</summary>
public sealed partial class EmailComposer
{
    public const string CheckinClosingLine =
        "Reply to this email with a number from 0 to 10 for how your upper back feels today " +
        "(0 = no pain, 10 = the worst pain you can imagine).";

    private const string LessonWhy =
        "You get this email because you signed up for PainDrip's 6-week upper-back program.";

    private readonly EmailOptions _options;
    private readonly LinkTokens _tokens;
    private readonly string _baseUrl;
    private readonly RenderedBodies _rendered = new();

    public EmailComposer(IOptions<EmailOptions> options, LinkTokens tokens)
    {
        _options = options.Value;
        _tokens = tokens;
        _baseUrl = _options.PublicBaseUrl.TrimEnd('/');
    }

    /// <summary>The email for one lesson (or check-in, welcome, safety…) for one person.</summary>
    /// <param name="lesson">What to send.</param>
    /// <param name="recipient">Who gets it.</param>
    /// <param name="repeat">Names this send when the person already got the lesson (a reused check-in, a second flare
    /// email), so its Message-ID differs from the first one's: a Message-ID must be unique, and mailbox providers
    /// drop a message whose Message-ID they have already seen.</param>
    /// <param name="fields">Words to fill in: <c>{name}</c> in the title and body becomes <c>fields[name]</c>;
    /// <c>{coach_days}</c> becomes <see cref="EmailOptions.CoachAnswerWorkingDays"/>.</param>
    /// <param name="thread">The person's email this answers: the subject becomes <c>Re: </c> theirs, with
    /// <c>In-Reply-To</c> and <c>References</c> on its Message-ID.</param>
    public EmailMessage Compose(
        Lesson lesson, Recipient recipient, string? repeat = null, IReadOnlyDictionary<string, string>? fields = null, ReplyThread? thread = null)
    {
        lesson = FillIn(lesson, fields);
        // Only the library's own words are kept rendered: a body with fields filled in may carry a person's words.
        var body = _rendered.Render(lesson.Body, keep: fields is null or { Count: 0 });
        var showTitle = !body.StartsWithHeading;
        var closing = lesson.Kind == EmailKind.Checkin ? CheckinClosingLine : null;
        var html = (showTitle ? EmailLayout.Title(lesson.Title) : "")
            + EmailLayout.Paragraph(EmailLayout.Encode(Greeting(recipient))) + body.Html
            + (closing is null ? "" : $"""<p style="margin:8px 0 0;font-weight:bold;">{EmailLayout.Encode(closing)}</p>""");
        var text = (showTitle ? $"{lesson.Title}\n{new string('=', lesson.Title.Length)}\n\n" : "")
            + Greeting(recipient) + "\n\n" + body.Text
            + (closing is null ? "" : "\n" + closing + "\n");
        var message = Build(recipient, lesson.Title, lesson.Summary, html, text, LessonWhy, repeat is null ? lesson.Id : $"{lesson.Id}--{repeat}");
        return thread is null ? message : InThread(message, thread);
    }

    /// <summary>The double opt-in email: one link that confirms the enrollment and starts the program.</summary>
    public EmailMessage ComposeConfirmation(Recipient recipient)
    {
        const string subject = "Please confirm your PainDrip sign-up";
        const string intro = "Thanks for signing up for PainDrip's 6-week upper-back program. Tap the button to confirm " +
            "your address and your first lesson will follow.";
        const string outro = "The link works for a few days. If you did not sign up, ignore this email and we will not write again.";
        var url = $"{_baseUrl}/api/confirm?token={_tokens.Create(LinkPurpose.Confirm, recipient.EnrollmentId)}";
        var html = EmailLayout.Paragraph(EmailLayout.Encode(Greeting(recipient)))
            + EmailLayout.Paragraph(EmailLayout.Encode(intro))
            + EmailLayout.Button("Confirm my sign-up", url)
            + EmailLayout.Paragraph(EmailLayout.Encode(outro));
        var text = $"{Greeting(recipient)}\n\n{intro}\n\nConfirm: {url}\n\n{outro}\n";
        const string why = "You get this email because someone entered this address on PainDrip's sign-up page.";
        return Build(recipient, subject, intro, html, text, why, "confirm");
    }

    /// <summary>The signed reply address, unsubscribe and preferences links, and the privacy page, for an enrollment.</summary>
    public EmailLinks LinksFor(string enrollmentId)
    {
        var unsubscribe = _tokens.Create(LinkPurpose.Unsubscribe, enrollmentId);
        return new EmailLinks(
            $"reply+{_tokens.Create(LinkPurpose.Reply, enrollmentId)}@{_options.InboundDomain}",
            $"{_baseUrl}/api/unsubscribe?token={unsubscribe}",
            $"mailto:unsubscribe+{unsubscribe}@{_options.InboundDomain}",
            $"{_baseUrl}/api/preferences?token={_tokens.Create(LinkPurpose.Preferences, enrollmentId)}",
            $"{_baseUrl}/api/privacy");
    }

    private EmailMessage Build(
        Recipient recipient, string subject, string preheader, string contentHtml, string contentText, string why, string emailId)
    {
        var links = LinksFor(recipient.EnrollmentId);
        var footer = new EmailFooter(why, _options.PostalAddress, links.UnsubscribeUrl, links.PreferencesUrl, links.PrivacyUrl);
        var headers = new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{links.UnsubscribeUrl}>, <{links.UnsubscribeMailto}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        var correlationId = _tokens.Fingerprint($"{recipient.EnrollmentId}/{emailId}");
        return new EmailMessage(
            new Mailbox(recipient.Email, NullIfBlank(recipient.FirstName)),
            new Mailbox(_options.FromAddress, NullIfBlank(_options.FromName)),
            new Mailbox(links.ReplyAddress, NullIfBlank(_options.FromName)),
            subject,
            EmailLayout.Html(subject, preheader, contentHtml, footer),
            EmailLayout.Text(contentText, footer),
            headers,
            MessageIdFor(correlationId),
            correlationId);
    }

    // The Message-ID travels through the mail provider's logs next to the address, so like the correlation id it
    // is a keyed fingerprint: stable for the same email, and it says nothing about which lesson (or a safety email).
    private string MessageIdFor(string correlationId)
    {
        var domain = _options.FromAddress[(_options.FromAddress.LastIndexOf('@') + 1)..];
        return $"<{correlationId}@{domain}>";
    }

    private static string Greeting(Recipient recipient) =>
        string.IsNullOrWhiteSpace(recipient.FirstName) ? "Hi there," : $"Hi {recipient.FirstName.Trim()},";

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
