namespace PainDrip.Infrastructure.Email.Events;

/// <summary>What the signature check made of an Event Webhook post. Anything but <see cref="Valid"/> must be refused.</summary>
public enum EventWebhookVerdict
{
    /// <summary>Signed by the configured key, recently.</summary>
    Valid,
    /// <summary>No public key is configured, so nothing can be trusted.</summary>
    NotConfigured,
    /// <summary>The signature or timestamp header is absent.</summary>
    MissingSignature,
    /// <summary>The signature is not base64 DER, or the timestamp is not Unix seconds.</summary>
    MalformedSignature,
    /// <summary>The signature does not match the timestamp and body for the configured key.</summary>
    BadSignature,
    /// <summary>The signature matches but its timestamp is further from now than <see cref="EventWebhookOptions.MaxAge"/>.</summary>
    Stale,
}
