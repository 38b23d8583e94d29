namespace PainDrip.Core.Intake;

/// <summary>What tends to set the pain off. Serialized in snake_case (<c>desk_posture</c>).</summary>
public enum Trigger
{
    /// <summary>Long hours at a desk or screen.</summary>
    DeskPosture,
    /// <summary>Looking down at a phone or tablet.</summary>
    PhoneUse,
    /// <summary>Sleeping position, pillow or mattress.</summary>
    Sleep,
    /// <summary>Lifting and carrying.</summary>
    Lifting,
    /// <summary>Sport or gym work.</summary>
    SportsExercise,
    /// <summary>Stress and tension.</summary>
    Stress,
    /// <summary>Repetitive arm work.</summary>
    RepetitiveWork,
}
