using System.Globalization;
using NodaTime;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Coaching;

public sealed partial class ProgramPlanner
{
    /// <summary>The answer lessons, one per outcome; their text fills in the <see cref="PlannedEmail.Fields"/> set here.</summary>
    public static class AnswerLessons
    {
        /// <summary>Green light: the program moves on.</summary>
        public const string MoveOn = "answer-move-on";

        /// <summary>Not a green light: the phase lasts another week.</summary>
        public const string Hold = "answer-hold";

        /// <summary>The reply did not answer the check-in: no number, no clear trend.</summary>
        public const string NoNumber = "answer-no-number";

        /// <summary>A question outside a check-in answer.</summary>
        public const string Question = "answer-question";
    }

    // Answers every reply to an open check-in (unless a flare email already answers it) and every question.
    private void AddAnswer(
        List<PlannedEmail> emails, Enrollment before, Enrollment after, ReplySignal signal, CheckinAnswer answer, GateDecision gate, Instant now)
    {
        var id = gate switch
        {
            GateDecision.MoveOn => AnswerLessons.MoveOn,
            GateDecision.Hold => AnswerLessons.Hold,
            GateDecision.StepBack => null,
            _ when before.AwaitingCheckin && answer == CheckinAnswer.NoAnswer => AnswerLessons.NoNumber,
            _ when signal.AsksQuestion => AnswerLessons.Question,
            _ => null,
        };
        if (id is null || library.Find(id) is null)
        {
            return;
        }
        var day = after.ProgramDayAt(now);
        var fields = new Dictionary<string, string>
        {
            ["noted"] = Noted(before, signal),
            ["why"] = Why(before, signal),
            ["phase"] = PhaseName(after.Sent.LastOrDefault(s => s.Kind == EmailKind.Checkin)?.Phase ?? after.Phase),
            ["next"] = NextStep(after, day),
            ["question"] = signal.AsksQuestion ? "You also asked a question. A coach will answer it within {coach_days} working days." : "",
        };
        emails.Add(new(EmailKind.Answer, id, after.Timeline.PhaseOn(day), now, day) { Fields = fields });
    }

    private static string Noted(Enrollment before, ReplySignal signal)
    {
        if (signal.PainScore is not { } pain)
        {
            return signal.Trend switch
            {
                Trend.Better => "you feel better, noted",
                Trend.Same => "you feel about the same, noted",
                Trend.Worse => "you feel worse, noted",
                _ => "your reply is in",
            };
        }
        var number = $"{pain}/10 noted";
        return before.LatestPain is not { } last ? number
            : pain < last ? $"{number}, down from {last}"
            : pain > last ? $"{number}, up from {last}"
            : $"{number}, the same as last time";
    }

    private static string Why(Enrollment before, ReplySignal signal) => signal.PainScore switch
    {
        null when signal.NeedsReview => "We could not read all of your reply, so a coach will look at it.",
        null => signal.Trend == Trend.Better
            ? "Feeling better is a green light."
            : "Feeling the same or worse is not a green light yet.",
        <= ProgramGates.LowPain => "A number this low is a green light.",
        >= ProgramGates.HighPain => "A number of 7 or more is still high.",
        var pain when before.LatestPain is { } last && pain > last => "Your number went up.",
        _ => "A number no higher than last time, and under 7, is a green light.",
    };

    private static string NextStep(Enrollment enrollment, int today)
    {
        var nextDay = Enumerable.Range(today + 1, 7).FirstOrDefault(d => ProgramCadence.SlotOn(d, enrollment.Timeline) is EmailKind.Lesson or EmailKind.Graduation, today + 1);
        var next = enrollment.Timeline.PhaseOn(nextDay);
        var now = enrollment.Sent.LastOrDefault(s => s.Kind == EmailKind.Checkin)?.Phase ?? enrollment.Phase;
        return next == Phase.Graduation ? "your graduation email with your plan to keep the pain away"
            : next == now ? $"the next week of the {PhaseName(next)} phase"
            : $"the {PhaseName(next)} phase";
    }

    private static string PhaseName(Phase phase) => phase switch
    {
        Phase.Calm => "calm",
        Phase.Mobility => "gentle movement",
        Phase.Strength => "strength",
        Phase.Return => "back to sport and work",
        _ => phase.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
