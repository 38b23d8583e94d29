using System.Security.Cryptography;
using System.Text;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Core.Replies;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Services;

/// <summary>
/// Holds back what only the person may ask for when a reply comes from an address other than their own: a stop,
/// a pause, a data erasure, and the resume that any reply to a paused program means. A coach confirms those with
/// the person instead.
/// </summary>
/// <remarks>
/// The reply token routes a reply to a person, but anyone who has seen one of their emails holds it for good.
/// Addresses are compared as the EmailIndex keys them: read by the address parser (comments and display names
/// gone), lower-cased, then the keyed fingerprint. A reply whose sender cannot be read counts as another address.
/// Everything else in such a reply is applied as usual: pain scores, questions, and above all red flags, which are
/// acted on at once whoever sends them.
/// </remarks>
public sealed class SenderCheck(IAddressParser addresses, LinkTokens tokens)
{
    /// <summary>Whether <paramref name="sender"/> is the same mailbox as the person's own address.</summary>
    public bool IsOwnAddress(Contact contact, string? sender)
    {
        if (Key(sender) is not { } from || Key(contact.Email) is not { } own)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(from), Encoding.ASCII.GetBytes(own));
    }

    /// <summary>
    /// The signal to apply: unchanged from the person's own address; from any other address without its stop, pause
    /// and erasure requests and marked <see cref="ReplySignal.HeldBackRequest"/> when it asked for one of them or
    /// would resume a paused program.
    /// </summary>
    public ReplySignal Filter(EnrollmentRecord record, InboundMessage message, ReplySignal signal)
    {
        if (IsOwnAddress(record.Contact, message.SenderAddress))
        {
            return signal;
        }
        var asks = signal.WantsStop || signal.WantsPause || signal.WantsDataDeleted
            || record.Enrollment.Status == EnrollmentStatus.Paused;
        return asks
            ? signal with { WantsStop = false, WantsPause = false, WantsDataDeleted = false, HeldBackRequest = true }
            : signal;
    }

    /// <summary>The coach item for a held-back request, unless the planner already queued the reply for a coach.</summary>
    public static CoachQueueItem? CoachItem(CoachQueueItem? planned, string enrollmentId, ReplySignal signal, NodaTime.Instant now) =>
        planned ?? (signal.HeldBackRequest ? new CoachQueueItem(enrollmentId, CoachQueueReason.OtherSender, [], now) : null);

    private string? Key(string? address) =>
        string.IsNullOrWhiteSpace(address) || addresses.Parse(address).Address is not { } canonical
            ? null
            : tokens.Fingerprint(canonical.Trim().ToLowerInvariant());
}
