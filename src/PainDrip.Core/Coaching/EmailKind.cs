namespace PainDrip.Core.Coaching;

/// <summary>What an email is for. Serialized in lower case (<c>checkin</c>).</summary>
public enum EmailKind
{
    /// <summary>The first email after confirmation.</summary>
    Welcome,
    /// <summary>A phase lesson.</summary>
    Lesson,
    /// <summary>The weekly check-in that asks for a 0–10 reply.</summary>
    Checkin,
    /// <summary>Sent when a reply reports a flare-up.</summary>
    Flare,
    /// <summary>Sent at once when a reply carries a red flag; self-care stops.</summary>
    Safety,
    /// <summary>Confirms that the program is paused.</summary>
    Pause,
    /// <summary>Welcomes the person back after a pause.</summary>
    Resume,
    /// <summary>The last email: the maintenance plan.</summary>
    Graduation,
    /// <summary>Recommends seeing a professional: after two holds, or pain that climbs or stays high (escalation).</summary>
    Professional,
    /// <summary>The short answer to a check-in reply or a question: what the program decided and why.</summary>
    Answer,
    /// <summary>Acknowledges a request to delete the person's data, which a coach handles.</summary>
    DataRequest,
    /// <summary>Tells the person, once, that their program was stopped (by their own reply or by a coach).</summary>
    Stopped,
}
