using PainDrip.Core.Replies;

namespace PainDrip.Core.Coaching;

/// <summary>The rules that decide, from a reply, whether the program moves on, holds or steps back.</summary>
/// <remarks>
/// A flare is a reported flare-up or spasm, or pain up <see cref="FlareRise"/> or more points on the latest
/// score; it puts a week of the gentler phase before in from today. A check-in answer shows green lights
/// when pain is down, or low (at most <see cref="LowPain"/>), or, with no number given, the trend is better or
/// unknown (silence is not bad news). Otherwise (same or worse) the phase the check-in closed lasts
/// another week. Holds and flares together extend the program by at most <see cref="MaxExtensionDays"/>.
/// </remarks>
public static class ProgramGates
{
    /// <summary>The rise in pain score, in points, that counts as a flare.</summary>
    public const int FlareRise = 2;

    /// <summary>A pain score this low is a green light even when it has not dropped.</summary>
    public const int LowPain = 2;

    /// <summary>After this many holds, the professional email goes out.</summary>
    public const int HoldsBeforeProfessional = 2;

    /// <summary>The most days holds and flares may add to the program.</summary>
    public const int MaxExtensionDays = 28;

    /// <summary>Whether the reply reports a flare, compared with the enrollment's latest score.</summary>
    public static bool IsFlare(Enrollment enrollment, ReplySignal signal) =>
        signal.ReportsFlare
        || (signal.PainScore is { } pain && enrollment.LatestPain is { } before && pain - before >= FlareRise);

    /// <summary>Whether a check-in answer shows green lights, compared with the enrollment's latest score.</summary>
    public static bool ShowsGreenLights(Enrollment enrollment, ReplySignal signal)
    {
        if (signal.PainScore is { } pain)
        {
            return pain <= LowPain || (enrollment.LatestPain is { } before && pain < before);
        }
        return signal.Trend is Trend.Better or Trend.Unknown;
    }

    /// <summary>The gentler phase to step back to from <paramref name="phase"/>.</summary>
    public static Phase Gentler(Phase phase) => phase switch
    {
        Phase.Calm or Phase.Mobility => Phase.Calm,
        Phase.Strength => Phase.Mobility,
        _ => Phase.Strength,
    };

    /// <summary>Holds the phase the last check-in closed for another week from <paramref name="day"/>.</summary>
    internal static Enrollment Hold(Enrollment enrollment, int day)
    {
        var phase = enrollment.Sent.LastOrDefault(s => s.Kind == EmailKind.Checkin)?.Phase ?? enrollment.Timeline.PhaseOn(day);
        return Extend(enrollment, day, phase) with { Holds = enrollment.Holds + 1 };
    }

    /// <summary>Puts a week of the gentler phase in from <paramref name="day"/>.</summary>
    internal static Enrollment StepBack(Enrollment enrollment, int day) =>
        Extend(enrollment, day, Gentler(enrollment.Timeline.PhaseOn(day))) with { Flares = enrollment.Flares + 1 };

    private static Enrollment Extend(Enrollment enrollment, int day, Phase phase)
    {
        if (enrollment.ExtensionDays + 7 > MaxExtensionDays)
        {
            return enrollment;
        }
        var timeline = enrollment.Timeline.Insert(day, phase, 7);
        return enrollment with { Timeline = timeline, Phase = timeline.PhaseOn(day) };
    }
}
