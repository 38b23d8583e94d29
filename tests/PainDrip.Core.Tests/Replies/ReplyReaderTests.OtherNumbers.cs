using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Replies;

/// <summary>Numbers that belong to something else never become the pain score; the trend follows the latest state.</summary>
public sealed partial class ReplyReaderTests
{
    private static IEnumerable<ReplyCase> OtherNumberCases =>
    [
        new("num-478", "Did the 4-7-8 breathing every night, pain about 3") { Score = 3 },
        new("num-478-only", "The 4-7-8 breathing helps me fall asleep") { Score = ReplyCase.NoScore },
        new("num-sets-reps", "3 sets of 10 rows, held each for 5 seconds. Pain is 4") { Score = 4 },
        new("num-3x10-hold", "Hold for 30 seconds, did it 3x10. feeling ok") { Score = ReplyCase.NoScore },
        new("num-hold-count", "breathe in for 4, hold for 7, out for 8") { Score = ReplyCase.NoScore },
        new("num-clock", "woke up at 6 and it was stiff, maybe 4 now") { Score = 4 },
        new("num-clock-pm", "worst around 9pm after work") { Score = ReplyCase.NoScore },
        new("num-age-weight", "I'm 52 and lift 20kg at work, pain a 5") { Score = 5 },
        new("num-angle", "arms at 90 degrees for the wall angels, pain 2") { Score = 2 },
        new("num-date-ordinal", "on the 7th it was bad, now about 3") { Score = 3 },
        new("num-scale", "on a scale of 1 to 10 it's a 6") { Score = 6 },
        new("num-kids-age", "my 8 year old jumped on my back, ouch") { Score = ReplyCase.NoScore },
        new("trend-long-story-better",
            "Last week was awful, pain got worse after moving house. This week it's much better and I've been doing the exercises.")
        {
            Trend = Trend.Better,
        },
        new("trend-spike-settled-below", "Was 5 last week, spiked to 8 on tuesday after gardening but settled back to 3 today")
        {
            Score = 3, Trend = Trend.Better,
        },
        new("trend-flare-then-settled", "It flared up on Monday but has settled down now and is better than before") { Trend = Trend.Better },
        new("trend-better-then-worse", "Great start to the week, felt much better. Then Thursday it got worse again and it's still sore.")
        {
            Trend = Trend.Worse,
        },
        new("trend-spike-settled-above", "It was a 3 last week, spiked to 8 on Sunday, now it's a 5") { Score = 5, Trend = Trend.Worse },
    ];
}
