namespace PainDrip.Core.Coaching;

/// <summary>The phases of one person's program, day by day, as blocks laid end to end from program day 0.</summary>
/// <remarks>
/// The standard program is 42 days: mobility days 0–6 (calm days 0–2 first when the pain is fresh),
/// strength days 7–27, return days 28–41, graduation on day 42. Holds and flares insert blocks and push
/// graduation later; <see cref="GraduationDay"/> is the first day after the last block.
/// </remarks>
public sealed record ProgramTimeline(IReadOnlyList<PhaseBlock> Blocks)
{
    /// <summary>The length of the standard program in days; graduation falls on this day.</summary>
    public const int StandardDays = 42;

    /// <summary>How many days the calm phase lasts when the pain is fresh.</summary>
    public const int CalmDays = 3;

    /// <summary>The standard timeline; <paramref name="acute"/> starts with the calm phase.</summary>
    public static ProgramTimeline Standard(bool acute) => new(acute
        ? [new(Phase.Calm, CalmDays), new(Phase.Mobility, 7 - CalmDays), new(Phase.Strength, 21), new(Phase.Return, 14)]
        : [new(Phase.Mobility, 7), new(Phase.Strength, 21), new(Phase.Return, 14)]);

    /// <summary>The program day on which the graduation email is due.</summary>
    public int GraduationDay => Blocks.Sum(b => b.Days);

    /// <summary>Days added to the standard 42 by holds and flares.</summary>
    public int ExtensionDays => GraduationDay - StandardDays;

    /// <summary>The phase on a program day; days before 0 count as day 0, days from graduation on are graduation.</summary>
    public Phase PhaseOn(int day)
    {
        var start = 0;
        foreach (var block in Blocks)
        {
            if (day < start + block.Days)
            {
                return block.Phase;
            }
            start += block.Days;
        }
        return Phase.Graduation;
    }

    /// <summary>A timeline with <paramref name="days"/> of <paramref name="phase"/> inserted from <paramref name="day"/> on;
    /// everything from that day moves later.</summary>
    public ProgramTimeline Insert(int day, Phase phase, int days)
    {
        var blocks = new List<PhaseBlock>();
        var start = 0;
        var inserted = false;
        foreach (var block in Blocks)
        {
            var cut = Math.Max(day, 0) - start;
            if (!inserted && cut < block.Days)
            {
                if (cut > 0)
                {
                    blocks.Add(block with { Days = cut });
                }
                blocks.Add(new(phase, days));
                blocks.Add(block with { Days = block.Days - Math.Max(cut, 0) });
                inserted = true;
            }
            else
            {
                blocks.Add(block);
            }
            start += block.Days;
        }
        if (!inserted)
        {
            blocks.Add(new(phase, days));
        }
        return new(blocks);
    }
}
