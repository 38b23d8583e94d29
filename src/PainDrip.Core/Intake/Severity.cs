namespace PainDrip.Core.Intake;

/// <summary>How bad the pain feels to the person. Serialized in lower case (<c>moderate</c>).</summary>
public enum Severity
{
    /// <summary>Noticeable, but daily life goes on as usual.</summary>
    Mild,
    /// <summary>Gets in the way of work, sleep or exercise.</summary>
    Moderate,
    /// <summary>Hard to think about anything else.</summary>
    Serious,
}
