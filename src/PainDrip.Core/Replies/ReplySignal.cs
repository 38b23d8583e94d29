using PainDrip.Core.Intake;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Replies;

/// <summary>What a person's reply says, read from its own words (quoted history and signature removed).</summary>
/// <param name="PainScore">The pain now on a 0–10 scale, or <see langword="null"/> when none is given.</param>
/// <param name="Trend">Better, worse, same or unknown.</param>
/// <param name="RedFlags">Red flags reported (negated or resolved mentions excluded), also in text cut off as a signature or history unless it is quoted or our own email.</param>
/// <param name="ReportsFlare">The person reports a flare-up or a new spasm.</param>
/// <param name="AsksQuestion">The person asks something a coach should answer.</param>
/// <param name="WantsStop">The person wants to stop or unsubscribe.</param>
/// <param name="WantsPause">The person wants a pause (holiday, busy week).</param>
/// <param name="Adherence">Whether they did the exercises: <see langword="true"/>, <see langword="false"/>, or unknown.</param>
/// <param name="NewTriggers">Triggers mentioned in the reply.</param>
/// <param name="NewAreas">Areas mentioned in the reply.</param>
public sealed record ReplySignal(
    int? PainScore,
    Trend Trend,
    IReadOnlySet<RedFlag> RedFlags,
    bool ReportsFlare,
    bool AsksQuestion,
    bool WantsStop,
    bool WantsPause,
    bool? Adherence,
    IReadOnlySet<Trigger> NewTriggers,
    IReadOnlySet<Area> NewAreas)
{
    /// <summary>A reply that says nothing the reader understood.</summary>
    public static ReplySignal Empty { get; } = new(
        null, Trend.Unknown, new HashSet<RedFlag>(), false, false, false, false, null,
        new HashSet<Trigger>(), new HashSet<Area>());

    /// <summary>Whether the reply carries any red flag.</summary>
    public bool HasRedFlag => RedFlags.Count > 0;

    /// <summary>
    /// The reader could not read the whole reply with confidence (it was cut for length, or reading failed),
    /// so a coach should look at it.
    /// </summary>
    public bool NeedsReview { get; init; }

    /// <summary>Sports the reply names, as lesson tags such as <c>running</c> (see <c>SportReader</c>).</summary>
    public IReadOnlySet<string> Sports { get; init; } = new HashSet<string>();

    /// <summary>The person says the pain keeps getting worse day by day: a coach looks, even without a red flag.</summary>
    public bool WorsensDaily { get; init; }

    /// <summary>The person says a doctor has checked them and they may carry on (an all-clear, for a coach to review).</summary>
    public bool ReportsAllClear { get; init; }

    /// <summary>The person asks for their personal data to be deleted (a data request a coach handles).</summary>
    public bool WantsDataDeleted { get; init; }

    /// <summary>
    /// The reply came from an address other than the person's own and asked to stop, pause or erase, or would have
    /// resumed a paused program: that request was taken out of this signal and is not applied; a coach confirms it
    /// with the person. Never set by the reader itself.
    /// </summary>
    public bool HeldBackRequest { get; init; }
}
