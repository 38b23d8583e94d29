namespace PainDrip.Core.Intake;

/// <summary>Which side of the body hurts, or which hand a person favours. Serialized in lower case (<c>right</c>).</summary>
public enum Side
{
    /// <summary>The left side.</summary>
    Left,
    /// <summary>The right side.</summary>
    Right,
    /// <summary>Both sides.</summary>
    Both,
    /// <summary>The middle, along the spine.</summary>
    Center,
}
