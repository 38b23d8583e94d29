namespace PainDrip.Core.Safety;

/// <summary>The "seek care now" answer to a sign-up or reply that carries red flags: self-care stops.</summary>
/// <param name="Advice">One piece of advice per red flag, the most urgent first.</param>
public sealed record SeekCareNow(IReadOnlyList<CareAdvice> Advice)
{
    /// <summary>The most urgent care any of the flags calls for.</summary>
    public CareUrgency Urgency => Advice.Count == 0 ? CareUrgency.SameDayDoctor : Advice.Max(a => a.Urgency);

    /// <summary>Advice for these flags, or <see langword="null"/> when there are none.</summary>
    public static SeekCareNow? For(IEnumerable<RedFlag> flags)
    {
        var advice = flags.Distinct()
            .Select(SafetyTriage.AdviceFor)
            .OrderByDescending(a => a.Urgency)
            .ThenBy(a => a.Flag)
            .ToList();
        return advice.Count == 0 ? null : new SeekCareNow(advice);
    }
}
