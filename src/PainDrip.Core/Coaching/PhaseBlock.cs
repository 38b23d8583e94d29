namespace PainDrip.Core.Coaching;

/// <summary>A run of program days spent in one phase.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Days">How many program days it lasts (at least 1).</param>
public readonly record struct PhaseBlock(Phase Phase, int Days);
