using PainDrip.Core.Safety;

namespace PainDrip.Core.Intake;

/// <summary>The verdict on a sign-up: every problem found, and whether the person must seek care instead.</summary>
/// <param name="Request">The request as read, or <see langword="null"/> when the JSON could not be read at all.</param>
/// <param name="Errors">Every problem, one per field (a field may appear more than once only for list items).</param>
/// <param name="SeekCare">Set when the profile reports red flags: self-care enrollment is refused.</param>
public sealed record IntakeDecision(EnrollmentRequest? Request, IReadOnlyList<FieldError> Errors, SeekCareNow? SeekCare)
{
    /// <summary>The sign-up is complete, valid and free of red flags.</summary>
    public bool IsEnrollable => Request is not null && Errors.Count == 0 && SeekCare is null;
}
