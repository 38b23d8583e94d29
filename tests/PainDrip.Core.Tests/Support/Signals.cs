using PainDrip.Core.Intake;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Support;

/// <summary>ReplySignal values for tests.</summary>
internal static class Signals
{
    public static ReplySignal Pain(int score, Trend trend = Trend.Unknown) => ReplySignal.Empty with { PainScore = score, Trend = trend };

    public static ReplySignal Trending(Trend trend) => ReplySignal.Empty with { Trend = trend };

    public static ReplySignal Flare() => ReplySignal.Empty with { ReportsFlare = true };

    public static ReplySignal Flags(params RedFlag[] flags) => ReplySignal.Empty with { RedFlags = flags.ToHashSet() };

    public static ReplySignal Pause() => ReplySignal.Empty with { WantsPause = true };

    public static ReplySignal Stop() => ReplySignal.Empty with { WantsStop = true };

    public static ReplySignal Question() => ReplySignal.Empty with { AsksQuestion = true };

    public static ReplySignal Revealing(params Trigger[] triggers) => ReplySignal.Empty with { NewTriggers = triggers.ToHashSet() };
}
