namespace PainDrip.Core.Email;

/// <summary>Why PainDrip must stop emailing an address.</summary>
public enum SuppressionReason
{
    /// <summary>Mail to the address bounced permanently.</summary>
    Bounce,
    /// <summary>The provider dropped mail to the address.</summary>
    Dropped,
    /// <summary>The person marked a PainDrip email as spam.</summary>
    SpamReport,
    /// <summary>The person unsubscribed through the provider.</summary>
    Unsubscribe,
    /// <summary>The person left an unsubscribe group.</summary>
    GroupUnsubscribe,
    /// <summary>The person asked for their data to be erased; only a hash of the address is kept.</summary>
    Erased,
}
