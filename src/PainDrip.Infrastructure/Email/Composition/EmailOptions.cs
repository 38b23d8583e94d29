namespace PainDrip.Infrastructure.Email.Composition;

/// <summary>Who the emails come from and where their links and replies go. Section <c>EmailOptions</c>.</summary>
public sealed class EmailOptions
{
    /// <summary>The sender address, on a domain authenticated with the mail service; its domain also names Message-IDs.</summary>
    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "PainDrip";

    /// <summary>The domain whose mail reaches the inbound webhook, such as <c>reply.paindrip.example</c>.</summary>
    public string InboundDomain { get; set; } = "";

    /// <summary>The operator's postal address, printed in every footer (CAN-SPAM).</summary>
    public string PostalAddress { get; set; } = "";

    /// <summary>The public HTTPS origin of the app, such as <c>https://paindrip.example</c>; links go to its <c>/api/…</c> routes.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How many working days a coach takes at most to answer a question; the answer emails promise it.</summary>
    public int CoachAnswerWorkingDays { get; set; } = 2;

    internal IEnumerable<string> Problems()
    {
        if (CoachAnswerWorkingDays is < 1 or > 10)
        {
            yield return $"{nameof(CoachAnswerWorkingDays)} must be between 1 and 10.";
        }
        if (!FromAddress.Contains('@'))
        {
            yield return $"{nameof(FromAddress)} must be an email address.";
        }
        if (string.IsNullOrWhiteSpace(InboundDomain) || InboundDomain.Contains('@'))
        {
            yield return $"{nameof(InboundDomain)} must be a domain name.";
        }
        if (string.IsNullOrWhiteSpace(PostalAddress))
        {
            yield return $"{nameof(PostalAddress)} is required: every email must show the operator's postal address.";
        }
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            yield return $"{nameof(PublicBaseUrl)} must be an absolute http(s) URL.";
        }
    }
}
