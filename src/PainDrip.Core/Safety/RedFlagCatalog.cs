namespace PainDrip.Core.Safety;

/// <summary>The red-flag entries themselves: urgency, labels, list wording and advice, one line of data per flag.</summary>
/// <remarks>
/// Emergency for signs that can mean a heart, lung, blood-vessel, brain or spinal-cord emergency; a doctor the
/// same day for the rest. When in doubt the more urgent level wins: a false alarm costs one visit.
/// </remarks>
internal static class RedFlagCatalog
{
    private const CareUrgency Now = CareUrgency.Emergency;
    private const CareUrgency Today = CareUrgency.SameDayDoctor;

    public static IEnumerable<RedFlagInfo> Entries() =>
    [
        new(RedFlag.ChestPain, Now, "Chest pain or pressure",
            "pain, pressure or tightness in your chest, or pain that spreads from your back to the front of your chest",
            "Pain, pressure or tightness in your chest, or pain that spreads to the front of your chest",
            "Chest pain or pressure can be a heart problem. Call your emergency number now."),
        new(RedFlag.HeartSymptoms, Now, "Heart symptoms",
            "pain spreading to your jaw or arm, sweating, feeling faint, or a racing or uneven heartbeat",
            "Pain spreading to your jaw or arm, cold sweats, feeling faint, or a racing or uneven heartbeat",
            "Pain that spreads to your jaw or arm, sweating or a racing heart can be a heart problem. Call your emergency number now."),
        new(RedFlag.SuddenTearingPain, Now, "Sudden tearing or worst-ever pain",
            "a sudden tearing or ripping pain, or the worst pain you have ever had",
            "A sudden tearing or ripping pain in your back or chest, or the worst pain you have ever had",
            "A sudden tearing pain, or the worst pain of your life, can come from a torn blood vessel. Call your emergency number now."),
        new(RedFlag.SevereHeadache, Now, "Severe headache",
            "a sudden or very bad headache",
            "A sudden, very bad headache",
            "A sudden, very bad headache needs checking at once. Call your emergency number now."),
        new(RedFlag.BreathingDifficulty, Now, "Trouble breathing",
            "shortness of breath or trouble breathing, or getting out of breath more easily than usual",
            "Trouble breathing, or getting short of breath much more easily than usual",
            "Trouble breathing needs help right away. Call your emergency number now."),
        new(RedFlag.StrokeSigns, Now, "Stroke signs",
            "a drooping face, slurred speech, confusion or trouble speaking",
            "A drooping face, slurred speech, sudden confusion or trouble speaking",
            "A drooping face, slurred speech or sudden confusion can be a stroke. Call your emergency number now."),
        new(RedFlag.OtherEmergency, Now, "Other emergency sign",
            "coughing up blood, sudden blurred or double vision, or a swollen, red and hot arm or leg",
            "Coughing up blood, sudden blurred or double vision, or an arm or leg that is swollen, red and hot",
            "Coughing up blood, a sudden change in your sight, or a swollen, red and hot limb needs help right away. Call your emergency number now."),
        new(RedFlag.BladderBowel, Now, "Bladder or bowel control",
            "changes in your bladder or bowel control, or numbness between your legs",
            "Trouble controlling your bladder or bowels, or numbness between your legs",
            "Losing control of your bladder or bowels can mean a nerve in your spine is squeezed. Go to an emergency department now."),
        new(RedFlag.MajorTrauma, Now, "Fall or injury",
            "a fall, an accident or a hard blow linked to your pain",
            "Pain that started after a fall, a crash or a hard blow",
            "Pain after a fall, crash or hard blow should be checked for an injury. Go to an emergency department now."),
        new(RedFlag.NumbnessTingling, Today, "Numbness or tingling",
            "numbness, tingling or pins and needles",
            "Numbness, tingling or pins and needles in your arms, hands or legs",
            "Numbness or tingling can mean a nerve is pinched. Please see a doctor today."),
        new(RedFlag.Weakness, Today, "Weakness or dropping things",
            "weakness in an arm, hand or leg, or dropping things",
            "Weakness in an arm, hand or leg, or dropping things",
            "Weakness in your arms, hands or legs needs a doctor's check. Please see a doctor today. If it came on suddenly, call your emergency number."),
        new(RedFlag.BalanceLoss, Today, "Balance or dizziness",
            "losing your balance, dizziness or clumsiness",
            "Losing your balance, feeling dizzy or feeling clumsy when you walk",
            "Losing your balance or having trouble walking needs a doctor's check. Please see a doctor today. If it came on suddenly, call your emergency number."),
        new(RedFlag.FeverInfection, Today, "Fever or infection",
            "a fever, chills or signs of an infection",
            "A fever, chills or feeling generally unwell along with the back pain",
            "Back pain with a fever or chills can be an infection. Please see a doctor today."),
        new(RedFlag.NightPain, Today, "Constant or night pain",
            "pain that never lets up or wakes you at night",
            "Pain that never lets up, or wakes you at night and does not ease when you rest",
            "Pain that does not ease with rest, or wakes you at night, needs a doctor's check. Please see a doctor today."),
        new(RedFlag.CancerOrWeightLoss, Today, "Cancer history or weight loss",
            "a history of cancer, or weight loss you cannot explain",
            "A history of cancer, or weight loss you cannot explain",
            "Back pain with weight loss you cannot explain, or a history of cancer, needs a doctor's check. Please see a doctor today."),
    ];
}
