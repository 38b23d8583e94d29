using System.Text;

namespace PainDrip.Infrastructure.Security;

/// <summary>The secret that signs link and reply tokens. Section <c>LinkSigningOptions</c>.</summary>
public sealed class LinkSigningOptions
{
    public const int MinimumSecretBytes = 32;

    /// <summary>At least 32 bytes (UTF-8) of random text. Changing it breaks every link and reply address already sent.</summary>
    public string Secret { get; set; } = "";

    /// <summary>How long a confirmation link works.</summary>
    public TimeSpan ConfirmLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long an unsubscribe link works; the law asks for at least 30 days after the send.</summary>
    public TimeSpan UnsubscribeLifetime { get; set; } = TimeSpan.FromDays(400);

    /// <summary>How long a data-export link works.</summary>
    public TimeSpan ExportLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a "change when emails arrive" link works; every email carries a fresh one.</summary>
    public TimeSpan PreferencesLifetime { get; set; } = TimeSpan.FromDays(90);

    internal bool HasStrongSecret => Encoding.UTF8.GetByteCount(Secret) >= MinimumSecretBytes;
}
