namespace PainDrip.Core.Coaching;

/// <summary>How a program ended, which picks the graduation email.</summary>
public enum GraduationOutcome
{
    /// <summary>Pain is low (at most <see cref="Escalation.RecoveredPain"/>) and was never escalated.</summary>
    Recovered = 1,
    /// <summary>Pain is lower than at sign-up, or no score was ever given.</summary>
    Improved = 2,
    /// <summary>Pain is not lower than at sign-up, or it was escalated: see a professional, no congratulations.</summary>
    NotImproved = 3,
}

/// <summary>The rules for pain that climbs or stays high: such a program is escalated, never congratulated.</summary>
/// <remarks>
/// The scores are the sign-up score (program day 0) and every reply's score, the latest per day. Climbing: the
/// scores never fell over the last replies, rose at two of them at least, and rose <see cref="ClimbRise"/> points or
/// more in all (5, 6, 7 or 5, 5, 6, 7; not 3, 3, 6, a single jump that the flare rule handles). Stuck high: every score for at least <see cref="StuckDays"/> days up to the latest is
/// <see cref="HighPain"/> or more. An escalated program sends the professional email, goes to the coach, never
/// enters the return phase and ends <see cref="GraduationOutcome.NotImproved"/>.
/// </remarks>
public static class Escalation
{
    /// <summary>Scores at or above this count as high.</summary>
    public const int HighPain = 6;

    /// <summary>How long pain must stay high to be escalated.</summary>
    public const int StuckDays = 14;

    /// <summary>The least total rise, in points, that counts as climbing.</summary>
    public const int ClimbRise = 2;

    /// <summary>A single score this high goes to a coach even without a red flag.</summary>
    public const int UrgentPain = 9;

    /// <summary>A final score this low counts as recovered.</summary>
    public const int RecoveredPain = 2;

    /// <summary>Whether the scores so far call for escalation, and it has not happened yet.</summary>
    public static bool IsDue(Enrollment enrollment)
    {
        var scores = Scores(enrollment);
        return enrollment.EscalatedOnDay is null && (IsClimbing(scores) || IsStuckHigh(scores));
    }

    /// <summary>How the program ended, from the scores and whether it was escalated.</summary>
    public static GraduationOutcome OutcomeOf(Enrollment enrollment)
    {
        if (enrollment.EscalatedOnDay is not null)
        {
            return GraduationOutcome.NotImproved;
        }
        if (enrollment.PainReports.Count == 0)
        {
            return GraduationOutcome.Improved;
        }
        var latest = enrollment.PainReports[^1].Score;
        return latest <= RecoveredPain ? GraduationOutcome.Recovered
            : latest < enrollment.Profile.PainNow ? GraduationOutcome.Improved
            : GraduationOutcome.NotImproved;
    }

    /// <summary>The timeline with every return-phase day from <paramref name="day"/> on turned into strength work.</summary>
    public static ProgramTimeline WithoutReturn(ProgramTimeline timeline, int day)
    {
        var blocks = new List<PhaseBlock>();
        var start = 0;
        foreach (var block in timeline.Blocks)
        {
            var keep = block.Phase == Phase.Return ? Math.Clamp(day - start, 0, block.Days) : block.Days;
            if (keep > 0)
            {
                blocks.Add(block with { Days = keep });
            }
            if (keep < block.Days)
            {
                blocks.Add(new PhaseBlock(Phase.Strength, block.Days - keep));
            }
            start += block.Days;
        }
        return new ProgramTimeline(blocks);
    }

    private static List<PainReport> Scores(Enrollment enrollment) =>
        [new PainReport(0, enrollment.Profile.PainNow), .. enrollment.PainReports];

    private static bool IsClimbing(List<PainReport> scores)
    {
        var first = scores.Count - 1;
        while (first > 0 && scores[first - 1].Score <= scores[first].Score)
        {
            first--;
        }
        // Two separate rises at least: one jump between two check-ins is a flare, handled as one, not a climb.
        var rises = Enumerable.Range(first + 1, scores.Count - 1 - first).Count(i => scores[i].Score > scores[i - 1].Score);
        return rises >= 2 && scores[^1].Score - scores[first].Score >= ClimbRise;
    }

    private static bool IsStuckHigh(List<PainReport> scores)
    {
        var first = scores.Count - 1;
        if (scores[first].Score < HighPain)
        {
            return false;
        }
        while (first > 0 && scores[first - 1].Score >= HighPain)
        {
            first--;
        }
        return scores[^1].ProgramDay - scores[first].ProgramDay >= StuckDays;
    }
}
