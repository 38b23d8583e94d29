namespace PainDrip.Core.Safety;

/// <summary>How soon a person with a red flag should get medical care.</summary>
public enum CareUrgency
{
    /// <summary>See a doctor today.</summary>
    SameDayDoctor,
    /// <summary>Call emergency services or go to an emergency department now.</summary>
    Emergency,
}
