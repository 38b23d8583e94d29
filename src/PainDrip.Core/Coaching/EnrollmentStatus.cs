namespace PainDrip.Core.Coaching;

/// <summary>Where an enrollment stands. Serialized in snake_case (<c>safety_hold</c>).</summary>
public enum EnrollmentStatus
{
    /// <summary>Signed up; waiting for the email address to be confirmed.</summary>
    Pending,
    /// <summary>Confirmed; lessons are being sent.</summary>
    Active,
    /// <summary>Paused at the person's request; nothing is sent until they resume.</summary>
    Paused,
    /// <summary>A red flag was reported; nothing more is sent until a coach has looked.</summary>
    SafetyHold,
    /// <summary>The person stopped or unsubscribed.</summary>
    Stopped,
    /// <summary>The graduation email went out.</summary>
    Completed,
}
