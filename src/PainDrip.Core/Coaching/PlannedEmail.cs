using NodaTime;

namespace PainDrip.Core.Coaching;

/// <summary>The email the planner wants sent next, and when.</summary>
/// <param name="Kind">What it is for.</param>
/// <param name="LessonId">The library lesson to send.</param>
/// <param name="Phase">The person's phase on that day (not necessarily the lesson's own phase).</param>
/// <param name="Due">When to send it: at the person's send hour for program emails, at once for answers to a reply.</param>
/// <param name="ProgramDay">The program day it belongs to (pauses excluded).</param>
public sealed record PlannedEmail(EmailKind Kind, string LessonId, Phase Phase, Instant Due, int ProgramDay)
{
    /// <summary>Part of the program's own rhythm (welcome, lesson, check-in, graduation) rather than an answer to a reply or request.</summary>
    public bool IsScheduled => IsScheduledKind(Kind);

    /// <summary>Whether emails of this kind are part of the program's own rhythm.</summary>
    public static bool IsScheduledKind(EmailKind kind) => kind is EmailKind.Welcome or EmailKind.Lesson or EmailKind.Checkin or EmailKind.Graduation;

    /// <summary>Words the email's text fills in (<c>{week}</c> in a check-in, the decision in an answer); empty for most.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>The person's email this one answers, so it is sent in the same thread; <see langword="null"/> for most.</summary>
    public ReplyThread? Thread { get; init; }

    /// <summary>Whether it should go out at <paramref name="now"/>.</summary>
    public bool IsDueAt(Instant now) => Due <= now;
}

/// <summary>The person's email an answer replies to.</summary>
/// <param name="MessageId">Its <c>Message-ID</c> (with angle brackets), for <c>In-Reply-To</c> and <c>References</c>.</param>
/// <param name="Subject">Its subject, answered as <c>Re: subject</c>.</param>
public sealed record ReplyThread(string? MessageId, string? Subject);
