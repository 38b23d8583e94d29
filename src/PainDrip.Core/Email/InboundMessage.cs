namespace PainDrip.Core.Email;

/// <summary>An email someone sent to PainDrip, decoded from whatever the mail provider posted.</summary>
/// <remarks>
/// Replies are routed by <see cref="RecipientToken"/>, never by <see cref="SenderAddress"/>: the token
/// is signed by us, the sender address is whatever the other side wrote.
/// </remarks>
/// <param name="RecipientToken">
/// The <c>&lt;token&gt;</c> of a <c>reply+&lt;token&gt;@domain</c> recipient, taken from the envelope
/// (RCPT TO) first and the <c>To</c> header second; <see langword="null"/> when no such recipient exists.
/// The token is returned as written; checking its signature is the caller's job.
/// </param>
/// <param name="SenderAddress">The bare address of the <c>From</c> header (envelope sender as fallback), or <see langword="null"/>.</param>
/// <param name="Subject">The subject with encoded words decoded; empty when absent.</param>
/// <param name="Text">
/// The body as plain text with <c>\n</c> line ends: the text/plain part when there is one,
/// otherwise the HTML part turned into readable text; empty when the mail has no readable body.
/// Quoted history is still included.
/// </param>
/// <param name="MessageId">The <c>Message-ID</c> without angle brackets, or <see langword="null"/>.</param>
/// <param name="InReplyTo">The first id of <c>In-Reply-To</c> without angle brackets, or <see langword="null"/>.</param>
/// <param name="IsAutoReply">
/// Whether the mail was sent by a machine on the person's behalf (out-of-office, vacation, auto-responder),
/// judged from <c>Auto-Submitted</c>, <c>X-Autoreply</c>, <c>X-Autorespond</c>, <c>Precedence</c> and the subject.
/// </param>
/// <param name="SpamScore">The provider's spam score when spam checking is on; higher is spammier.</param>
/// <param name="AttachmentCount">How many attachments came with the mail.</param>
public sealed record InboundMessage(
    string? RecipientToken,
    string? SenderAddress,
    string Subject,
    string Text,
    string? MessageId,
    string? InReplyTo,
    bool IsAutoReply,
    double? SpamScore,
    int AttachmentCount = 0);
