using PainDrip.Core.Replies;
using static PainDrip.Core.Safety.RedFlag;

namespace PainDrip.Core.Tests.Replies;

public sealed partial class ReplyReaderTests
{
    private static IEnumerable<ReplyCase> OddTextCases =>
    [
        new("empty", "") { Score = None, Trend = Trend.Unknown, Flags = [], Question = false, Adherence = Did.Unknown },
        new("emoji", "👍👍 all good 😊🙏") { Flags = [], Question = false, Stop = false },
        new("rtl", "الألم أفضل اليوم 3/10") { Score = 3, Flags = [] },
        new("html-leftovers", "<div>Pain 4/10</div><div><br></div>") { Score = 4 },
        new("curly-apostrophe", "I can\u2019t feel my fingers this morning") { Flags = [NumbnessTingling] },
        new("shouting", "MY CHEST HURTS AND I FEEL DIZZY") { Flags = [ChestPain, BalanceLoss] },
        new("typos", "tinglin in my fingrs an pins n needles, pain 5/10 maybe") { Flags = [NumbnessTingling], Score = 5 },
        new("hard-wrapped", "I wanted to let you know that the exercises are going well but I have had\nsome numbness in my left hand for three days now, pain around 4.") { Flags = [NumbnessTingling], Score = 4 },
        new("crlf", "Pain 3/10\r\nNo numbness\r\nThanks") { Score = 3, Flags = [] },
    ];
}
