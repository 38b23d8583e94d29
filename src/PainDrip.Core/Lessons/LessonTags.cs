using System.Collections.Frozen;
using System.Text.Json;
using PainDrip.Core.Intake;

namespace PainDrip.Core.Lessons;

/// <summary>The tags a lesson may carry: every <see cref="Area"/> and <see cref="Trigger"/> in snake_case, plus topics.</summary>
public static class LessonTags
{
    /// <summary>Suits every profile; the fallback when no tag matches.</summary>
    public const string General = "general";

    /// <summary>Marks a check-in that closes an extra week (a hold, a flare's step back, a wait for an answer).</summary>
    public const string ExtraWeek = "extra_week";

    /// <summary>Topic tags that are neither areas nor triggers.</summary>
    public static readonly IReadOnlyList<string> Topics =
    [
        General, "breathing", "heat", "cold", "stretch", "strength", "posture", "massage",
        "hydration", "nutrition", "warm_up", "workout", "maintenance", "sleep_position", "micro_breaks",
        ExtraWeek, "running", "swimming", "racket_sports", "gym",
    ];

    /// <summary>Every known tag.</summary>
    public static readonly FrozenSet<string> All =
        Enum.GetValues<Area>().Select(ToTag)
            .Concat(Enum.GetValues<Trigger>().Select(ToTag))
            .Concat(Topics)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tag for an area, such as <c>between_shoulder_blades</c>.</summary>
    public static string ToTag(Area area) => JsonNamingPolicy.SnakeCaseLower.ConvertName(area.ToString());

    /// <summary>The tag for a trigger, such as <c>desk_posture</c>.</summary>
    public static string ToTag(Trigger trigger) => JsonNamingPolicy.SnakeCaseLower.ConvertName(trigger.ToString());

    /// <summary>Whether the tag is known (case-insensitive).</summary>
    public static bool IsKnown(string tag) => All.Contains(tag);
}
