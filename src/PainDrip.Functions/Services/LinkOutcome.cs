namespace PainDrip.Functions.Services;

/// <summary>What following a confirm or unsubscribe link led to.</summary>
public enum LinkOutcome
{
    /// <summary>The action was done now.</summary>
    Done,
    /// <summary>It had been done before; nothing happened again.</summary>
    AlreadyDone,
    /// <summary>The link is genuine and the action is waiting for the person's click (GET shows a button).</summary>
    Ready,
    /// <summary>Not a link we made, altered, or made for something else.</summary>
    Invalid,
    /// <summary>A genuine link past its lifetime.</summary>
    Expired,
    /// <summary>A genuine link for an enrollment that no longer exists (erased).</summary>
    Gone,
    /// <summary>Confirm only: the person stopped the program before confirming.</summary>
    Stopped,
}
