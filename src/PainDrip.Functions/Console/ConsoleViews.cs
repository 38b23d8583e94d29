using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;

namespace PainDrip.Functions.Console;

/// <summary>One open item as the queue shows it.</summary>
public sealed record QueueRow(
    CoachDeskItem Item, string FirstName, int Week, Phase Phase, EnrollmentStatus Status, int Rank, string Reason,
    IReadOnlyList<RedFlagInfo> Flags, Duration Waited);

/// <summary>The queue page: open items, most urgent first (then longest waiting), and the filter in force.</summary>
public sealed record QueueView(IReadOnlyList<QueueRow> Rows, int OpenCount, CoachQueueReason? Filter, IReadOnlyDictionary<CoachQueueReason, int> Counts);

/// <summary>One line of a person's timeline. <see cref="Quote"/> is the person's own words (a reply), shown as text.</summary>
public sealed record TimelineLine(Instant At, string Kind, string Title, string? Detail = null, string? Quote = null);

/// <summary>A stored reply as the coach reads it.</summary>
public sealed record ReplyView(string InboxId, Instant At, string? Subject, string? Text);

/// <summary>A pain score on the chart: <see cref="Week"/> counts program weeks from the start (0 = the start).</summary>
public sealed record PainPoint(double Week, int Pain, Phase Phase, Instant At, string Source);

/// <summary>A stretch of the chart spent in one phase.</summary>
public sealed record PhaseBand(double From, double To, Phase Phase);

/// <summary>A flare (step back) or red flag on the chart.</summary>
public sealed record ChartMark(double Week, string Kind, Instant At);

/// <summary>What the pain chart draws.</summary>
public sealed record PainSeries(IReadOnlyList<PainPoint> Points, IReadOnlyList<PhaseBand> Bands, IReadOnlyList<ChartMark> Marks, int Weeks);

/// <summary>The person page.</summary>
public sealed record PersonView(
    EnrollmentRecord Record, int Week, IReadOnlyList<TimelineLine> Timeline, IReadOnlyList<CoachDeskItem> Items,
    IReadOnlyDictionary<string, ReplyView> Replies, PainSeries Chart);

/// <summary>One person in the cohort view (no address, no name: the CSV leaves the console).</summary>
public sealed record CohortRow(string EnrollmentId, EnrollmentStatus Status, Phase Phase, int Week, int SignupPain, int? LatestCheckin, int RedFlags, int OpenItems);

/// <summary>The outcomes page.</summary>
public sealed record OutcomesView(
    IReadOnlyList<CohortRow> People, IReadOnlyDictionary<int, int> FlagsPerWeek, IReadOnlyDictionary<string, int> Waiting, bool Truncated);
