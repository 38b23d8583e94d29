namespace PainDrip.Core.Safety;

/// <summary>
/// A sign that upper-back pain may not be a simple muscle problem and self-care must stop.
/// Serialized in snake_case (<c>chest_pain</c>).
/// </summary>
public enum RedFlag
{
    /// <summary>Chest pain, pressure or tightness.</summary>
    ChestPain,
    /// <summary>Numbness, tingling or pins and needles in the arms, hands or legs.</summary>
    NumbnessTingling,
    /// <summary>Weakness in the arms, hands or legs; dropping things.</summary>
    Weakness,
    /// <summary>Shortness of breath or trouble breathing.</summary>
    BreathingDifficulty,
    /// <summary>Loss of bladder or bowel control.</summary>
    BladderBowel,
    /// <summary>Fever, chills or signs of infection.</summary>
    FeverInfection,
    /// <summary>A fall, crash or other major injury.</summary>
    MajorTrauma,
    /// <summary>A history of cancer or unexplained weight loss.</summary>
    CancerOrWeightLoss,
    /// <summary>A sudden, severe headache.</summary>
    SevereHeadache,
    /// <summary>Heart symptoms: palpitations, racing heart, pain spreading to the jaw or left arm.</summary>
    HeartSymptoms,
    /// <summary>Constant pain at night that rest does not ease.</summary>
    NightPain,
    /// <summary>Loss of balance, clumsiness or trouble walking.</summary>
    BalanceLoss,
    /// <summary>Signs of a stroke: a drooping face, slurred speech, sudden confusion, trouble speaking.</summary>
    StrokeSigns,
    /// <summary>Other emergencies: coughing up blood, sudden blurred or double vision, a swollen, red, hot limb.</summary>
    OtherEmergency,
    /// <summary>A sudden tearing or ripping pain, or pain the person calls the worst ever (a torn aorta presents like this).</summary>
    SuddenTearingPain,
}
