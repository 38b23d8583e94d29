using System.Text;

namespace PainDrip.Core.Safety;

/// <summary>Writes the red-flag lists into lesson Markdown from <see cref="RedFlagInfo"/>, so no email keeps its own list.</summary>
/// <remarks>
/// Placeholders, each alone on its line: <see cref="AllSigns"/> (both groups under their headings of care),
/// <see cref="EmergencySigns"/> and <see cref="DoctorSigns"/> (one group's bullets), and <see cref="Reported"/>
/// (the flags this person reported, filled per email by <see cref="FillReported"/>).
/// </remarks>
public static class RedFlagList
{
    /// <summary>Every sign, grouped by urgency, each group under a bold line saying what to do.</summary>
    public const string AllSigns = "{{red_flags}}";

    /// <summary>The emergency signs only, as bullets.</summary>
    public const string EmergencySigns = "{{red_flags:emergency}}";

    /// <summary>The see-a-doctor-today signs only, as bullets.</summary>
    public const string DoctorSigns = "{{red_flags:doctor}}";

    /// <summary>What this person reported, as bullets in plain words.</summary>
    public const string Reported = "{{red_flags:reported}}";

    /// <summary>The bold line above the emergency group.</summary>
    public const string EmergencyLead = "**Call your emergency number now (such as 911, 999 or 112) if you have:**";

    /// <summary>The bold line above the doctor-today group.</summary>
    public const string DoctorLead = "**See a doctor today if you have:**";

    /// <summary>Fills the sign-list placeholders; <see cref="Reported"/> is left for <see cref="FillReported"/>.</summary>
    public static string Fill(string markdown) => markdown
        .Replace(AllSigns, Grouped(), StringComparison.Ordinal)
        .Replace(EmergencySigns, Bullets(CareUrgency.Emergency), StringComparison.Ordinal)
        .Replace(DoctorSigns, Bullets(CareUrgency.SameDayDoctor), StringComparison.Ordinal);

    /// <summary>Fills <see cref="Reported"/> with the descriptions of <paramref name="flags"/>, most urgent first.</summary>
    /// <remarks>With no flags known (a preview), it says "a sign that needs a doctor's check".</remarks>
    public static string FillReported(string markdown, IEnumerable<RedFlag> flags)
    {
        var lines = flags.Distinct().Select(RedFlagInfo.For)
            .OrderByDescending(i => i.Urgency).ThenBy(i => i.Flag)
            .Select(i => "- " + Capitalize(i.Description)).ToList();
        var text = lines.Count == 0 ? "- A sign that needs a doctor's check" : string.Join('\n', lines);
        return markdown.Replace(Reported, text, StringComparison.Ordinal);
    }

    /// <summary>The footer's sentence: the emergency signs by their short labels, then the doctor-today rule.</summary>
    public static string FooterSentence { get; } =
        "Call your emergency number now if you have any of these: "
        + string.Join("; ", RedFlagInfo.All.Where(i => i.Urgent).Select(i => i.Label.ToLowerInvariant()))
        + ". See a doctor today for numbness, weakness, balance trouble, fever, pain that never lets up, or weight loss you cannot explain.";

    /// <summary>The person-facing sign lines of one urgency, in catalog order.</summary>
    public static IReadOnlyList<string> SignsOf(CareUrgency urgency) =>
        RedFlagInfo.All.Where(i => i.Urgency == urgency).Select(i => i.Sign).ToList();

    private static string Grouped() =>
        new StringBuilder().Append(EmergencyLead).Append("\n\n").Append(Bullets(CareUrgency.Emergency))
            .Append("\n\n").Append(DoctorLead).Append("\n\n").Append(Bullets(CareUrgency.SameDayDoctor)).ToString();

    private static string Bullets(CareUrgency urgency) => string.Join('\n', SignsOf(urgency).Select(s => "- " + s));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
