using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Replies;

/// <summary>One line per signal, every field in a fixed order, so two readers' results can be compared as text.</summary>
internal static class GoldenSignal
{
    public static string Describe(ReplySignal s) => string.Join(" | ",
        "score=" + (s.PainScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"),
        "trend=" + s.Trend,
        "flags=" + Sorted(s.RedFlags),
        "flare=" + s.ReportsFlare,
        "asks=" + s.AsksQuestion,
        "stop=" + s.WantsStop,
        "pause=" + s.WantsPause,
        "did=" + (s.Adherence?.ToString() ?? "-"),
        "triggers=" + Sorted(s.NewTriggers),
        "areas=" + Sorted(s.NewAreas),
        "review=" + s.NeedsReview,
        "sports=" + Sorted(s.Sports),
        "daily=" + s.WorsensDaily,
        "clear=" + s.ReportsAllClear,
        "erase=" + s.WantsDataDeleted,
        "held=" + s.HeldBackRequest);

    private static string Sorted<T>(IEnumerable<T> items) =>
        string.Join(",", items.Select(i => i!.ToString()).Order(StringComparer.Ordinal));
}
