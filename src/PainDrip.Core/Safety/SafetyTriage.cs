namespace PainDrip.Core.Safety;

/// <summary>Decides which kind of care each red flag needs and says so in plain words, from <see cref="RedFlagInfo"/>.</summary>
public static class SafetyTriage
{
    /// <summary>How urgently this flag needs care.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The flag has no entry in the one red-flag source.</exception>
    public static CareUrgency UrgencyOf(RedFlag flag) => RedFlagInfo.For(flag).Urgency;

    /// <summary>The advice to give a person who reports this flag.</summary>
    public static CareAdvice AdviceFor(RedFlag flag)
    {
        var info = RedFlagInfo.For(flag);
        return new(flag, info.Urgency, info.Advice);
    }

    /// <summary>The most urgent care any of <paramref name="flags"/> calls for; a doctor today when there are none.</summary>
    public static CareUrgency MostUrgent(IEnumerable<RedFlag> flags) =>
        flags.Select(UrgencyOf).DefaultIfEmpty(CareUrgency.SameDayDoctor).Max();
}
