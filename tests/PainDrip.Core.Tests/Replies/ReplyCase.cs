using PainDrip.Core.Intake;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Replies;

/// <summary>One realistic reply and the fields of its reading the row is about (null = not asserted).</summary>
public sealed record ReplyCase(string Name, string Text)
{
    public const int NoScore = -1;

    public int? Score { get; init; }
    public Trend? Trend { get; init; }
    public RedFlag[]? Flags { get; init; }
    public bool? Question { get; init; }
    public bool? Stop { get; init; }
    public bool? Pause { get; init; }
    public bool? Flare { get; init; }
    public Did? Adherence { get; init; }
    public Trigger[]? Triggers { get; init; }
    public Area[]? Areas { get; init; }

    public void AssertMatches(ReplySignal signal)
    {
        if (Score is { } score)
        {
            Assert.Equal(score == NoScore ? null : score, signal.PainScore);
        }
        if (Trend is { } trend)
        {
            Assert.Equal(trend, signal.Trend);
        }
        if (Flags is { } flags)
        {
            Assert.Equal(flags.Order(), signal.RedFlags.Order());
        }
        AssertFlag(Question, signal.AsksQuestion);
        AssertFlag(Stop, signal.WantsStop);
        AssertFlag(Pause, signal.WantsPause);
        AssertFlag(Flare, signal.ReportsFlare);
        if (Adherence is { } did)
        {
            Assert.Equal(did switch { Did.Yes => true, Did.No => (bool?)false, _ => null }, signal.Adherence);
        }
        foreach (var trigger in Triggers ?? [])
        {
            Assert.Contains(trigger, signal.NewTriggers);
        }
        foreach (var area in Areas ?? [])
        {
            Assert.Contains(area, signal.NewAreas);
        }
    }

    private static void AssertFlag(bool? expected, bool actual)
    {
        if (expected is { } value)
        {
            Assert.Equal(value, actual);
        }
    }
}

public enum Did
{
    Yes,
    No,
    Unknown,
}
