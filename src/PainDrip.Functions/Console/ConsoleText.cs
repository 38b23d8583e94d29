using System.Text.RegularExpressions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Safety;

namespace PainDrip.Functions.Console;

/// <summary>Codes from the stores in words a coach reads.</summary>
public static partial class ConsoleText
{
    /// <summary>The inbox id in a reply-read timeline detail (<c>inbox:{id}…</c>), or <see langword="null"/>.</summary>
    public static string? InboxIdIn(string? detail) =>
        detail is not null && InboxMarker().Match(detail) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The sign-up answers in one line.</summary>
    public static string Answers(SymptomProfile profile) =>
        $"Pain {profile.PainNow}/10, {Words(profile.Severity)}; where: {string.Join(", ", profile.Areas.Select(Words))} ({Words(profile.Side)} side); " +
        $"since {profile.Onset:yyyy-MM-dd}; triggers: {(profile.Triggers.Count == 0 ? "none given" : string.Join(", ", profile.Triggers.Select(Words)))}.";

    public static string PhaseName(Phase phase) => phase.ToString();

    public static string StatusName(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.SafetyHold => "Safety hold",
        EnrollmentStatus.Pending => "Not confirmed",
        EnrollmentStatus.Completed => "Graduated",
        _ => status.ToString(),
    };

    /// <summary>A phase-change detail (a gate decision or "escalated").</summary>
    public static string Gate(string? detail) => detail switch
    {
        "moveon" => "moved on",
        "hold" => "held another week",
        "stepback" => "stepped back (flare)",
        "step_back" => "restarted one phase back after the hold",
        "escalated" => "escalated: professional advised",
        null or "" => "changed",
        _ => detail.Replace('_', ' '),
    };

    /// <summary>Red-flag codes (<c>chestpain,fever</c>) as their labels.</summary>
    public static string FlagLabels(string? codes) => string.Join("; ", (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(code => Enum.TryParse<RedFlag>(code, ignoreCase: true, out var flag) ? RedFlagInfo.For(flag).Label : code));

    /// <summary>Who or what caused a change (<c>reply</c>, <c>preferences</c>, <c>coach:Name; note</c>).</summary>
    public static string? Source(string? detail) => detail switch
    {
        "reply" => "by the person's reply",
        null or "" => null,
        _ when detail.StartsWith("coach:", StringComparison.Ordinal) => "by " + detail["coach:".Length..],
        _ => detail.Replace('_', ' '),
    };

    /// <summary>A coach action's detail (<c>answered; coach:Name; item …</c>, <c>resolved item …; coach:Name; note</c>) in words.</summary>
    public static string? CoachAction(string? detail)
    {
        var parts = (detail ?? "").Split("; ", 3);
        if (parts.Length < 2 || !parts[1].StartsWith("coach:", StringComparison.Ordinal))
        {
            return detail;
        }
        var action = ItemId().Replace(parts[0], "");
        var note = parts.Length == 3 ? ItemId().Replace(parts[2], "").Trim() : "";
        return $"{action} by {parts[1]["coach:".Length..]}" + (note.Length > 0 ? $": {note}" : "");
    }

    /// <summary>A flare's phase change (a gate decision), as opposed to the step back that follows a lifted hold.</summary>
    public static bool IsFlare(string? detail) => detail == "stepback";

    /// <summary>A duration as "3 d 4 h", "2 h 5 min" or "12 min".</summary>
    public static string Waited(NodaTime.Duration waited) =>
        waited.Days > 0 ? $"{waited.Days} d {waited.Hours} h" : waited.Hours > 0 ? $"{waited.Hours} h {waited.Minutes} min" : $"{Math.Max(0, waited.Minutes)} min";

    private static string Words<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()).Replace('_', ' ');

    [GeneratedRegex(@"\s*\bitem \S+")]
    private static partial Regex ItemId();

    [GeneratedRegex(@"^inbox:([0-9A-Za-z\-]+)")]
    private static partial Regex InboxMarker();
}
