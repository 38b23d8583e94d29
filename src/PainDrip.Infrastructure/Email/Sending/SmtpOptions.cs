namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>An SMTP relay: maildev locally, or any provider. Section <c>SmtpOptions</c>; used when no SendGrid API key is set.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>1025 is maildev's default; 587 is the usual submission port with STARTTLS.</summary>
    public int Port { get; set; } = 1025;

    /// <summary>Require STARTTLS (port 587); off for relays on loopback such as maildev.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>Leave empty for relays that need no login (maildev).</summary>
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return $"{nameof(Host)} is required.";
        }
        if (Port is < 1 or > 65535)
        {
            yield return $"{nameof(Port)} must be between 1 and 65535.";
        }
        if (Timeout <= TimeSpan.Zero)
        {
            yield return $"{nameof(Timeout)} must be positive.";
        }
    }
}
