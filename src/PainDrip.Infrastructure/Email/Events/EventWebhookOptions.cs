namespace PainDrip.Infrastructure.Email.Events;

/// <summary>Settings for SendGrid's signed Event Webhook. Section <c>EventWebhookOptions</c>.</summary>
public sealed class EventWebhookOptions
{
    /// <summary>
    /// The verification key from SendGrid (<c>GET /v3/user/webhooks/event/settings/signed</c>): base64 DER
    /// SubjectPublicKeyInfo of an ECDSA P-256 key, starting <c>MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE</c>.
    /// Empty rejects every post.
    /// </summary>
    public string PublicKey { get; set; } = "";

    /// <summary>How far the signed timestamp may lie from now, either way, before a post counts as a replay.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
