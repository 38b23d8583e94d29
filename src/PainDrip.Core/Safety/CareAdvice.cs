namespace PainDrip.Core.Safety;

/// <summary>What to tell a person about one red flag.</summary>
/// <param name="Flag">The red flag.</param>
/// <param name="Urgency">Which kind of care, and how soon.</param>
/// <param name="Message">One or two plain sentences naming the sign and the care to seek.</param>
public sealed record CareAdvice(RedFlag Flag, CareUrgency Urgency, string Message);
