namespace PainDrip.Core.Safety;

/// <summary>Plain-language words for a red flag, for the coach queue and the safety email.</summary>
/// <param name="Flag">The red flag.</param>
/// <param name="Label">A short label for the coach queue ("Chest pain or pressure").</param>
/// <param name="Description">One sentence for the person, naming what they told us ("pain, pressure or tightness in your chest").</param>
public sealed record RedFlagInfo(RedFlag Flag, string Label, string Description)
{
    /// <summary>Whether it calls for emergency care rather than a doctor the same day (as <see cref="SafetyTriage.UrgencyOf"/> decides).</summary>
    public bool Urgent => SafetyTriage.UrgencyOf(Flag) == CareUrgency.Emergency;

    private static readonly Dictionary<RedFlag, RedFlagInfo> ByFlag = new RedFlagInfo[]
    {
        new(RedFlag.ChestPain, "Chest pain or pressure", "pain, pressure or tightness in your chest"),
        new(RedFlag.NumbnessTingling, "Numbness or tingling", "numbness, tingling or pins and needles"),
        new(RedFlag.Weakness, "Weakness or dropping things", "weakness in an arm, hand or leg, or dropping things"),
        new(RedFlag.BreathingDifficulty, "Trouble breathing", "shortness of breath or trouble breathing"),
        new(RedFlag.BladderBowel, "Bladder or bowel control", "changes in bladder or bowel control"),
        new(RedFlag.FeverInfection, "Fever or infection", "a fever, chills or signs of an infection"),
        new(RedFlag.MajorTrauma, "Fall or injury", "a fall, an accident or another injury"),
        new(RedFlag.CancerOrWeightLoss, "Cancer history or weight loss", "a history of cancer or weight loss you cannot explain"),
        new(RedFlag.SevereHeadache, "Severe headache", "a sudden or very bad headache"),
        new(RedFlag.HeartSymptoms, "Heart symptoms", "a racing or pounding heart, or pain spreading to your jaw or left arm"),
        new(RedFlag.NightPain, "Constant or night pain", "pain that stays constant or wakes you at night"),
        new(RedFlag.BalanceLoss, "Balance or dizziness", "losing your balance, dizziness or clumsiness"),
        new(RedFlag.StrokeSigns, "Stroke signs", "a drooping face, slurred speech, confusion or trouble speaking"),
        new(RedFlag.OtherEmergency, "Other emergency sign", "coughing up blood, blurred or double vision, or a swollen, red and hot limb"),
    }.ToDictionary(info => info.Flag);

    /// <summary>Every red flag's words, in the order of <see cref="RedFlag"/>.</summary>
    public static IReadOnlyList<RedFlagInfo> All { get; } = Enum.GetValues<RedFlag>().Select(For).ToList();

    /// <summary>The words for <paramref name="flag"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined red flag.</exception>
    public static RedFlagInfo For(RedFlag flag) =>
        ByFlag.TryGetValue(flag, out var info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(flag), flag, "Not a known red flag.");
}
