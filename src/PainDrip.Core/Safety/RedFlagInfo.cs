namespace PainDrip.Core.Safety;

/// <summary>
/// Everything PainDrip says about one red flag: the one source of truth for the sign-up page, the reader's coach
/// queue, the safety email and every email that lists warning signs.
/// </summary>
/// <param name="Flag">The red flag.</param>
/// <param name="Urgency">How soon care is needed: emergency now, or a doctor today.</param>
/// <param name="Label">A short label for the coach queue ("Chest pain or pressure").</param>
/// <param name="Description">What the person told us, in plain words that fit "you told us about …".</param>
/// <param name="Sign">The sign as one line of a list for the person (the sign-up page and every email use it).</param>
/// <param name="Advice">One or two plain sentences: why it matters and the care to seek at <paramref name="Urgency"/>.</param>
public sealed record RedFlagInfo(RedFlag Flag, CareUrgency Urgency, string Label, string Description, string Sign, string Advice)
{
    /// <summary>Whether it calls for emergency care rather than a doctor the same day.</summary>
    public bool Urgent => Urgency == CareUrgency.Emergency;

    private static readonly Dictionary<RedFlag, RedFlagInfo> ByFlag = RedFlagCatalog.Entries().ToDictionary(info => info.Flag);

    /// <summary>Every red flag's words, in the order of <see cref="RedFlag"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A flag has no entry in the catalog (thrown when first used).</exception>
    public static IReadOnlyList<RedFlagInfo> All { get; } = Enum.GetValues<RedFlag>().Select(For).ToList();

    /// <summary>The words for <paramref name="flag"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined red flag, or has no entry.</exception>
    public static RedFlagInfo For(RedFlag flag) =>
        ByFlag.TryGetValue(flag, out var info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(flag), flag, "Not a known red flag.");
}
