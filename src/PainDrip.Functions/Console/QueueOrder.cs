using PainDrip.Core.Coaching;
using PainDrip.Core.Safety;

namespace PainDrip.Functions.Console;

/// <summary>The order the coach works the queue in, and the words each reason is shown with.</summary>
public static class QueueOrder
{
    /// <summary>Lower is more urgent: emergency red flags, see-a-doctor (red flags, pain that needs a professional),
    /// resume requests, replies from people on hold or after a stop, questions, data requests, unreadable replies; reasons this
    /// version does not know come last.</summary>
    public static int Rank(CoachQueueReason reason, IReadOnlyList<RedFlag> flags) => reason switch
    {
        CoachQueueReason.RedFlag when flags.Count == 0 || flags.Any(f => RedFlagInfo.For(f).Urgent) => 0,
        CoachQueueReason.RedFlag => 1,
        CoachQueueReason.HighPain or CoachQueueReason.Escalation => 2,
        CoachQueueReason.ResumeRequest => 3,
        CoachQueueReason.FollowUp or CoachQueueReason.AfterStop => 4,
        CoachQueueReason.Question => 5,
        CoachQueueReason.DataRequest => 6,
        CoachQueueReason.NeedsReview => 7,
        _ => 8,
    };

    /// <summary>What the coach reads for a reason.</summary>
    public static string Label(CoachQueueReason reason, IReadOnlyList<RedFlag> flags) => reason switch
    {
        CoachQueueReason.RedFlag => Rank(reason, flags) == 0 ? "Emergency red flag" : "Red flag: see a doctor",
        CoachQueueReason.HighPain => "Very high pain",
        CoachQueueReason.Escalation => "Pain not settling: professional advised",
        CoachQueueReason.ResumeRequest => "Asks to resume",
        CoachQueueReason.FollowUp => "Wrote while on hold",
        CoachQueueReason.AfterStop => "Wrote after their program stopped",
        CoachQueueReason.Question => "Question",
        CoachQueueReason.DataRequest => "Data request",
        CoachQueueReason.NeedsReview => "Reply could not be read",
        _ => "Needs a look",
    };

    /// <summary>The name of a reason as a filter (all red flags together).</summary>
    public static string FilterLabel(CoachQueueReason reason) => reason == CoachQueueReason.RedFlag ? "Red flags" : Label(reason, []);

    /// <summary>The filter code of a reason (its name in snake_case), as in <c>/api/coach-queue</c>.</summary>
    public static string Code(CoachQueueReason reason) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(reason.ToString());

    /// <summary>The filters the queue page offers: every known reason, most urgent first.</summary>
    public static IReadOnlyList<CoachQueueReason> Filters { get; } =
        [.. Enum.GetValues<CoachQueueReason>().OrderBy(r => Rank(r, []))];
}
