using PainDrip.Core.Safety;

namespace PainDrip.Core.Coaching;

/// <summary>A pain score a reply gave, on the program day it arrived.</summary>
/// <param name="ProgramDay">The program day of the reply.</param>
/// <param name="Score">The pain score, 0–10.</param>
public sealed record PainReport(int ProgramDay, int Score);

public sealed partial record Enrollment
{
    /// <summary>The red flags behind the current safety hold, most recent reply's first; empty when not on hold.</summary>
    public IReadOnlyList<RedFlag> HoldFlags { get; init; } = [];

    /// <summary>Every pain score replies gave, oldest first (see <see cref="Escalation"/>).</summary>
    public IReadOnlyList<PainReport> PainReports { get; init; } = [];

    /// <summary>The program day pain was escalated (climbing or stuck high); <see langword="null"/> when it never was.</summary>
    /// <remarks>An escalated program never enters the return phase and ends with the not-improved graduation.</remarks>
    public int? EscalatedOnDay { get; init; }
}
