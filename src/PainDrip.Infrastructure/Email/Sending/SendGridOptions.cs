namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>The SendGrid v3 Mail Send client. Section <c>SendGridOptions</c>; an API key selects SendGrid over SMTP.</summary>
public sealed class SendGridOptions
{
    /// <summary>A key with the Mail Send permission. Never commit it.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary><c>https://api.sendgrid.com</c>, or <c>https://api.eu.sendgrid.com</c> for EU subusers.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.sendgrid.com");

    /// <summary>Validate only: SendGrid answers 200 and delivers nothing.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>How many times to try again after a rate limit, server error or timeout.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff; each retry doubles it, with jitter.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff after a server error or timeout.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait for a rate-limit reset; a later reset is retried after this long.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one request may take before it counts as a timeout and is retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return $"{nameof(ApiKey)} is required.";
        }
        if (!BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("https" or "http"))
        {
            yield return $"{nameof(BaseUrl)} must be an absolute http(s) URL.";
        }
        if (MaxRetries < 0 || InitialBackoff <= TimeSpan.Zero || MaxBackoff < InitialBackoff || MaxRateLimitWait < TimeSpan.Zero)
        {
            yield return "Retries must be 0 or more and backoffs positive, with MaxBackoff at least InitialBackoff.";
        }
        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return $"{nameof(RequestTimeout)} must be positive.";
        }
    }
}
