namespace PainDrip.Core.Intake;

/// <summary>The hand a person favours. Serialized in lower case (<c>right</c>).</summary>
public enum Hand
{
    /// <summary>Left-handed.</summary>
    Left,
    /// <summary>Right-handed.</summary>
    Right,
    /// <summary>Uses both hands equally.</summary>
    Both,
}
