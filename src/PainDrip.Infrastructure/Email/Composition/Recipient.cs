namespace PainDrip.Infrastructure.Email.Composition;

/// <summary>The person an email is composed for: only what the email itself needs.</summary>
/// <param name="EnrollmentId">The opaque enrollment id that links and the reply address are signed over.</param>
/// <param name="Email">Their address.</param>
/// <param name="FirstName">How to greet them; may be empty.</param>
public sealed record Recipient(string EnrollmentId, string Email, string FirstName);
