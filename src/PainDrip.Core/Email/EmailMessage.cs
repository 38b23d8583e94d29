namespace PainDrip.Core.Email;

/// <summary>A mailbox: an address and an optional display name.</summary>
/// <param name="Address">The address, such as <c>sam@example.com</c>.</param>
/// <param name="Name">The display name; may hold any Unicode text. <see langword="null"/> for none.</param>
public sealed record Mailbox(string Address, string? Name = null);

/// <summary>One finished email, ready for any <see cref="IMailSender"/>.</summary>
/// <param name="To">The person it goes to.</param>
/// <param name="From">The sender shown to the person.</param>
/// <param name="ReplyTo">Where replies go (the per-person reply address); <see langword="null"/> for none.</param>
/// <param name="Subject">The subject line; any Unicode text.</param>
/// <param name="Html">The HTML part.</param>
/// <param name="Text">The plain-text part, readable on its own.</param>
/// <param name="Headers">Extra headers such as <c>List-Unsubscribe</c>; never <c>To</c>, <c>From</c>, <c>Subject</c> or <c>Reply-To</c>.</param>
/// <param name="MessageId">Our stable <c>Message-ID</c>, angle brackets included; the same lesson for the same person always gets the same one.</param>
/// <param name="CorrelationId">
/// An opaque id that senders hand to the provider (SendGrid <c>custom_args</c>) so delivery events can be matched.
/// </param>
/// <remarks>
/// <see cref="CorrelationId"/> is the only value that may travel as vendor metadata; it must never carry
/// health data, names or addresses.
/// </remarks>
public sealed record EmailMessage(
    Mailbox To,
    Mailbox From,
    Mailbox? ReplyTo,
    string Subject,
    string Html,
    string Text,
    IReadOnlyDictionary<string, string> Headers,
    string MessageId,
    string CorrelationId);
