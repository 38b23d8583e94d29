namespace PainDrip.Core.Email;

/// <summary>What happened to an email after it left PainDrip, as reported by the mail provider.</summary>
public enum DeliveryEventKind
{
    /// <summary>An event type PainDrip does not know; kept, never acted on.</summary>
    Other,
    /// <summary>The provider accepted the message for delivery.</summary>
    Processed,
    /// <summary>The provider refused to deliver (suppressed address, invalid, spam content…).</summary>
    Dropped,
    /// <summary>The receiving server accepted the message.</summary>
    Delivered,
    /// <summary>The receiving server asked to try again later.</summary>
    Deferred,
    /// <summary>The receiving server rejected the message permanently (bounce or block).</summary>
    Bounce,
    /// <summary>The recipient opened the message.</summary>
    Open,
    /// <summary>The recipient clicked a link.</summary>
    Click,
    /// <summary>The recipient marked the message as spam.</summary>
    SpamReport,
    /// <summary>The recipient unsubscribed from all mail.</summary>
    Unsubscribe,
    /// <summary>The recipient unsubscribed from one unsubscribe group.</summary>
    GroupUnsubscribe,
    /// <summary>The recipient resubscribed to an unsubscribe group.</summary>
    GroupResubscribe,
}
