using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Replies;

public sealed partial class ReplyReaderTests
{
    private const int None = ReplyCase.NoScore;

    private static IEnumerable<ReplyCase> ScoreCases =>
    [
        new("slash-ten", "7/10 today. Long day at the desk.") { Score = 7 },
        new("still-n", "Still 6, no change") { Score = 6, Trend = Trend.Same },
        new("greeting-then-number", "Hi!\n4 today") { Score = 4 },
        new("still-reps-not-score", "Still doing the stretches 3 times a day") { Score = None },
        new("line-start-days-not-score", "Thanks!\n2 days of no pain at all") { Score = None },
        new("out-of-ten", "Pain is 5 out of 10 this morning, bit stiff.") { Score = 5 },
        new("a-four", "Hi! I'd give it a 4. The squeezes are easy now.") { Score = 4 },
        new("words-out-of-ten", "three out of ten, feeling better than I have in weeks") { Score = 3, Trend = Trend.Better },
        new("pain-is", "pain is 5") { Score = 5 },
        new("from-to", "Went from 6 to 3 over the week!! Really pleased.") { Score = 3, Trend = Trend.Better },
        new("from-to-worse", "It went from a 3 to a 6 after moving house") { Score = 6, Trend = Trend.Worse },
        new("or-range", "Somewhere around 4 or 5 I think, hard to say") { Score = 5 },
        new("dash-range", "4-5, about the same as last week") { Score = 5, Trend = Trend.Same },
        new("down-to", "Down to 2 now. The heat pad is my best friend.") { Score = 2 },
        new("zero", "Zero pain this week! Can't believe it.") { Score = 0 },
        new("reps-not-score", "Did 3 sets of 10 reps twice a day, all fine.") { Score = None },
        new("durations-not-score", "Been 2 days since your last email. Did the stretches for 10 minutes each morning.") { Score = None, Adherence = Did.Yes },
        new("time-then-score", "Meeting at 4pm so replying quickly: pain 3/10") { Score = 3 },
        new("date-not-score", "I started the program on 3/10/2026 and moved house on the 14th.") { Score = None },
        new("past-then-now", "It was 6/10 last week, now it's 3/10.") { Score = 3 },
        new("now-then-past", "3 now, was a 6 last week") { Score = 3 },
        new("eight-bad", "8 out of 10, it's been a bad week") { Score = 8, Trend = Trend.Worse },
        new("clamped", "Pain 11/10!!! worst week since this started") { Score = 10, Trend = Trend.Worse },
        new("solid-two", "I'm at a solid 2, maybe less.") { Score = 2 },
        new("bare-number", "4") { Score = 4 },
        new("half-point", "6.5/10, up and down") { Score = 7, Trend = Trend.Same },
        new("weeks-in", "two weeks in and I'm sleeping better") { Score = None, Trend = Trend.Better },
        new("age-and-hours", "I'm 34 and work 10 hours a day on a laptop. Any tips for the laptop?") { Score = None, Question = true },
        new("from-a-to-a", "honestly from a 7 down to a 4 since I raised my monitor") { Score = 4, Trend = Trend.Better },
        new("rate-it", "I'd rate it three out of ten") { Score = 3 },
        new("woke-at-five", "Woke at 5 with a stiff neck, it's about a 5 now") { Score = 5 },
        new("walk-distance", "I walk 5 km a day and swim twice a week.") { Score = None },
    ];
}
