using PainDrip.Core.Replies;

namespace PainDrip.Core.Coaching;

/// <summary>The rules that decide, from a reply, whether the program moves on, holds or steps back.</summary>
/// <remarks>
/// A flare is a reported flare-up or spasm, or pain up <see cref="FlareRise"/> or more points on the latest
/// score; it puts a week of the gentler phase before in from today. A check-in answer with a number is a green
/// light when the number is at most <see cref="LowPain"/>, or when it is no higher than the last number and below
/// <see cref="HighPain"/>; any other number holds the phase the check-in closed for another week. With no number,
/// "better" is a green light and "the same" or "worse" holds; a reply with neither does not answer the check-in.
/// An unanswered check-in lets the program go on, except into the return phase: the phase before lasts another
/// week (<see cref="GateDecision.WaitForAnswer"/>). The check-in emails state exactly this rule. Holds, flares
/// and waits together extend the program by at most <see cref="MaxExtensionDays"/>.
/// </remarks>
public static class ProgramGates
{
    /// <summary>The rise in pain score, in points, that counts as a flare.</summary>
    public const int FlareRise = 2;

    /// <summary>A pain score this low is a green light even when it has not dropped.</summary>
    public const int LowPain = 2;

    /// <summary>A pain score this high holds the phase even when it has not risen.</summary>
    public const int HighPain = 7;

    /// <summary>After this many holds, the professional email goes out.</summary>
    public const int HoldsBeforeProfessional = 2;

    /// <summary>The most days holds and flares may add to the program.</summary>
    public const int MaxExtensionDays = 28;

    /// <summary>Whether the reply reports a flare, compared with the enrollment's latest score.</summary>
    public static bool IsFlare(Enrollment enrollment, ReplySignal signal) =>
        signal.ReportsFlare
        || (signal.PainScore is { } pain && enrollment.LatestPain is { } before && pain - before >= FlareRise);

    /// <summary>Whether a check-in answer shows green lights, compared with the enrollment's latest score.</summary>
    public static bool ShowsGreenLights(Enrollment enrollment, ReplySignal signal) =>
        ReadAnswer(enrollment, signal) == CheckinAnswer.Green;

    /// <summary>What a reply says as an answer to a check-in (see the class remarks for the rule).</summary>
    public static CheckinAnswer ReadAnswer(Enrollment enrollment, ReplySignal signal)
    {
        if (signal.PainScore is { } pain)
        {
            var green = pain <= LowPain || (pain < HighPain && (enrollment.LatestPain is not { } before || pain <= before));
            return green ? CheckinAnswer.Green : CheckinAnswer.NotGreen;
        }
        return signal.Trend switch
        {
            Trend.Better => CheckinAnswer.Green,
            Trend.Same or Trend.Worse => CheckinAnswer.NotGreen,
            _ => CheckinAnswer.NoAnswer,
        };
    }

    /// <summary>Whether an unanswered check-in keeps the person out of the return phase on <paramref name="day"/>.</summary>
    public static bool WaitsForAnswer(Enrollment enrollment, int day) =>
        enrollment.AwaitingCheckin
        && enrollment.Timeline.PhaseOn(day) == Phase.Return
        && enrollment.Sent.LastOrDefault(s => s.Kind == EmailKind.Checkin)?.Phase is { } closed && closed != Phase.Return
        && enrollment.ExtensionDays + 7 <= MaxExtensionDays;

    /// <summary>The enrollment with the wait applied when <see cref="WaitsForAnswer"/>: the phase before lasts another week.</summary>
    internal static Enrollment SettleUnanswered(Enrollment enrollment, int day)
    {
        if (!WaitsForAnswer(enrollment, day))
        {
            return enrollment;
        }
        var closed = enrollment.Sent.Last(s => s.Kind == EmailKind.Checkin).Phase;
        return Extend(enrollment, day, closed) with { AwaitingCheckin = false, LastGate = GateDecision.WaitForAnswer };
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
        return Extend(enrollment, day, phase) with { Holds = enrollment.Holds + 1, LastGate = GateDecision.Hold };
    }

    /// <summary>Puts a week of the gentler phase in from <paramref name="day"/>.</summary>
    internal static Enrollment StepBack(Enrollment enrollment, int day) =>
        Extend(enrollment, day, Gentler(enrollment.Timeline.PhaseOn(day))) with { Flares = enrollment.Flares + 1, LastGate = GateDecision.StepBack };

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

/// <summary>What a reply says as an answer to a check-in.</summary>
public enum CheckinAnswer
{
    /// <summary>No number and no clear "better", "same" or "worse": the check-in stays open.</summary>
    NoAnswer,
    /// <summary>A green light: the program moves on.</summary>
    Green,
    /// <summary>Not a green light: the phase lasts another week.</summary>
    NotGreen,
}
