using PainDrip.Core.Coaching;

namespace PainDrip.Functions.Services;

/// <summary>The delivery-ledger keys: the same planned email always gets the same key, so the ledger can refuse a second send.</summary>
public static class DeliveryKeys
{
    /// <summary>
    /// A program email (welcome, lesson, check-in, graduation): one key per slot, <c>slot-{ProgramDay:D3}-{kind}</c>.
    /// The lesson id is left out on purpose: if a retry plans a different lesson for the same slot
    /// (a reply revealed a new trigger in between), the slot still gets one email.
    /// </summary>
    public static string Scheduled(PlannedEmail email) => $"slot-{email.ProgramDay:D3}-{Kind(email)}";

    /// <summary>An email that answers a stored reply (safety, flare, pause…): keyed by the inbox id so a retried reply is not answered twice.</summary>
    public static string ForReply(string inboxId, PlannedEmail email) => $"reply-{inboxId}-{Kind(email)}-{email.LessonId}";

    private static string Kind(PlannedEmail email) => email.Kind.ToString().ToLowerInvariant();
}
