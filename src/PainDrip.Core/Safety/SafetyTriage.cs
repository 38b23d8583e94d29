namespace PainDrip.Core.Safety;

/// <summary>Decides which kind of care each red flag needs and says so in plain words.</summary>
/// <remarks>
/// Emergency care for signs that can mean a heart, lung or spinal-cord emergency (chest pain, breathing,
/// bladder or bowel control, heart symptoms, a sudden severe headache, a major injury, stroke signs and other
/// emergencies); a doctor the same
/// day for the rest. When in doubt the more urgent level wins: a false alarm costs one visit.
/// </remarks>
public static class SafetyTriage
{
    /// <summary>How urgently this flag needs care.</summary>
    public static CareUrgency UrgencyOf(RedFlag flag) => flag switch
    {
        RedFlag.ChestPain or RedFlag.BreathingDifficulty or RedFlag.BladderBowel or RedFlag.HeartSymptoms
            or RedFlag.SevereHeadache or RedFlag.MajorTrauma or RedFlag.StrokeSigns or RedFlag.OtherEmergency
            => CareUrgency.Emergency,
        _ => CareUrgency.SameDayDoctor,
    };

    /// <summary>The advice to give a person who reports this flag.</summary>
    public static CareAdvice AdviceFor(RedFlag flag) => new(flag, UrgencyOf(flag), MessageFor(flag));

    private static string MessageFor(RedFlag flag) => flag switch
    {
        RedFlag.ChestPain =>
            "Chest pain or pressure can be a heart problem. Call emergency services or go to the emergency department now.",
        RedFlag.BreathingDifficulty =>
            "Trouble breathing needs help right away. Call emergency services or go to the emergency department now.",
        RedFlag.BladderBowel =>
            "Losing control of your bladder or bowel can mean a nerve in your spine is squeezed. Go to the emergency department now.",
        RedFlag.HeartSymptoms =>
            "A racing heart, or pain that spreads to your jaw or left arm, can be a heart problem. Call emergency services now.",
        RedFlag.SevereHeadache =>
            "A sudden, very bad headache needs checking at once. Call emergency services or go to the emergency department now.",
        RedFlag.MajorTrauma =>
            "Pain after a fall, crash or hard hit should be checked for injury. Go to the emergency department now.",
        RedFlag.NumbnessTingling =>
            "Numbness or tingling in your arms, hands or legs can mean a nerve is pinched. Please see a doctor today.",
        RedFlag.Weakness =>
            "Weakness in your arms, hands or legs, or dropping things, needs a doctor's check. Please see a doctor today.",
        RedFlag.FeverInfection =>
            "Back pain with a fever or chills can be an infection. Please see a doctor today.",
        RedFlag.CancerOrWeightLoss =>
            "Back pain with weight loss you can't explain, or a history of cancer, needs a doctor's check. Please see a doctor today.",
        RedFlag.NightPain =>
            "Pain that stays all night and does not ease with rest needs a doctor's check. Please see a doctor today.",
        RedFlag.BalanceLoss =>
            "Losing your balance or having trouble walking needs a doctor's check. Please see a doctor today. If it came on suddenly, call emergency services.",
        RedFlag.StrokeSigns =>
            "A drooping face, slurred speech or sudden confusion can be a stroke. Call emergency services now.",
        RedFlag.OtherEmergency =>
            "Coughing up blood, sudden blurred or double vision, or a swollen, red and hot limb needs help right away. Call emergency services or go to the emergency department now.",
        _ => "This sign needs a doctor's check. Please see a doctor today.",
    };
}
