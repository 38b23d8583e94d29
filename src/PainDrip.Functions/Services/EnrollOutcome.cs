using PainDrip.Core.Intake;

namespace PainDrip.Functions.Services;

/// <summary>What a sign-up led to, as the API answers it.</summary>
public abstract record EnrollOutcome
{
    /// <summary>"Check your inbox": a new sign-up, a repeat, an address already enrolled, or a suppressed one (never told apart).</summary>
    public sealed record Accepted : EnrollOutcome;

    /// <summary>Some answers need fixing; nothing was stored or sent.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : EnrollOutcome;

    /// <summary>Red flags: the person should seek care; nothing was stored or sent.</summary>
    public sealed record SeekCare(IReadOnlyList<string> Messages) : EnrollOutcome;

    /// <summary>Stored, but the confirmation email could not be sent; signing up again resends it.</summary>
    public sealed record MailFailed : EnrollOutcome;
}
