using PainDrip.Core.Coaching;

namespace PainDrip.Functions.Services;

/// <summary>The delivery-ledger key of a planned program email.</summary>
public static class ProgramDeliveryKey
{
    /// <summary>One key per program slot: a scheduled email belongs to exactly one program day, so planning it
    /// again (a retry, a second confirm click, the timer) gives the same key and the ledger refuses a second send.</summary>
    public static string For(PlannedEmail email) =>
        $"slot-{email.ProgramDay:D3}-{email.Kind.ToString().ToLowerInvariant()}";
}
