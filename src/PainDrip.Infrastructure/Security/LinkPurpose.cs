namespace PainDrip.Infrastructure.Security;

/// <summary>What a signed link token may be used for; a token made for one purpose fails for every other.</summary>
public enum LinkPurpose
{
    /// <summary>The double opt-in link in the confirmation email.</summary>
    Confirm = 1,
    /// <summary>The unsubscribe link and the List-Unsubscribe URL and mailto.</summary>
    Unsubscribe = 2,
    /// <summary>The per-person reply address <c>reply+token@inbound-domain</c>; never expires.</summary>
    Reply = 3,
    /// <summary>A link to download the person's own data.</summary>
    Export = 4,
    /// <summary>The "change when emails arrive" link in every footer: send hour, time zone, pause, stop.</summary>
    Preferences = 5,
}

/// <summary>Why a link token was refused.</summary>
public enum LinkTokenFailure
{
    /// <summary>Not refused.</summary>
    None,
    /// <summary>Not a token at all: wrong characters or too short.</summary>
    Malformed,
    /// <summary>The signature does not match: forged, altered, or signed with another secret.</summary>
    BadSignature,
    /// <summary>Genuine, but made for another purpose.</summary>
    WrongPurpose,
    /// <summary>Genuine, but past its expiry time.</summary>
    Expired,
}

/// <summary>The result of <see cref="LinkTokens.Verify"/>.</summary>
/// <param name="EnrollmentId">The enrollment the token was made for; <see langword="null"/> unless valid.</param>
/// <param name="Failure">Why it was refused, or <see cref="LinkTokenFailure.None"/>.</param>
public sealed record LinkVerification(string? EnrollmentId, LinkTokenFailure Failure)
{
    public bool IsValid => Failure == LinkTokenFailure.None;

    internal static LinkVerification Valid(string enrollmentId) => new(enrollmentId, LinkTokenFailure.None);

    internal static LinkVerification Refused(LinkTokenFailure failure) => new(null, failure);
}
