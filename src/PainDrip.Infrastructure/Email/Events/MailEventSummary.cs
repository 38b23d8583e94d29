namespace PainDrip.Infrastructure.Email.Events;

/// <summary>What <see cref="MailEventProcessor"/> did with one webhook batch.</summary>
/// <param name="Suppressed">Events that suppressed an address.</param>
/// <param name="Duplicates">Events already handled before, skipped.</param>
/// <param name="Ignored">Events that need no action (deliveries, opens, unknown types) or lack an address.</param>
public sealed record MailEventSummary(int Suppressed, int Duplicates, int Ignored);
