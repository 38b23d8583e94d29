namespace PainDrip.Core.Intake;

/// <summary>Where a person feels the pain. Serialized in snake_case (<c>between_shoulder_blades</c>).</summary>
public enum Area
{
    /// <summary>Between the shoulder blades (rhomboids, middle trapezius).</summary>
    BetweenShoulderBlades,
    /// <summary>The upper back in general (thoracic spine).</summary>
    UpperBack,
    /// <summary>The neck.</summary>
    Neck,
    /// <summary>The top or back of the shoulder.</summary>
    Shoulder,
    /// <summary>The front of the chest (pectorals); also a red-flag prompt when it is pressure or pain.</summary>
    ChestFront,
    /// <summary>The arm or hand.</summary>
    ArmHand,
}
