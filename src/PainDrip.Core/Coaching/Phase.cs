namespace PainDrip.Core.Coaching;

/// <summary>A stage of the 6-week program, in order.</summary>
public enum Phase
{
    /// <summary>Calm the spasm: only when the pain started less than 48 hours before confirmation.</summary>
    Calm,
    /// <summary>Gentle, pain-free mobility (week 1).</summary>
    Mobility,
    /// <summary>Build strength and open the front of the body (weeks 2 to 4).</summary>
    Strength,
    /// <summary>Return to workouts and sport (weeks 5 and 6).</summary>
    Return,
    /// <summary>Day 42: the maintenance plan.</summary>
    Graduation,
}
