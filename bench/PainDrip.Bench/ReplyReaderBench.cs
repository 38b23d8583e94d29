using PainDrip.Core.Replies;

namespace PainDrip.Bench;

/// <summary>How many replies a second the reader (and so <c>paindrip classify</c>) gets through, on one thread.</summary>
internal static class ReplyReaderBench
{
    private static readonly string[] Openings =
    [
        "Pain is about a 4/10 today, better than last week.",
        "Honestly it's the same, maybe a 6. Desk days are the worst.",
        "It flared up again after I moved boxes at the weekend, 7 out of 10.",
        "No numbness or tingling, just stiff in the mornings. Down from 6 to 3!",
        "My chest feels tight when I breathe in deeply, is that normal?",
        "I'm away on holiday for two weeks, can we pause?",
        "Did the squeezes every day. Three out of ten now.",
        "please stop emailing me",
    ];

    private const string Quoted = "\n\nOn Mon, 2 Mar 2026 at 07:00, PainDrip <coach@paindrip.example> wrote:\n> How is your back this week?\n> Reply with a number from 0 to 10.\n\nSent from my iPhone";

    public static void Run(TimeSpan duration)
    {
        var replies = Enumerable.Range(0, 1_000)
            .Select(i => Openings[i % Openings.Length] + (i % 3 == 0 ? Quoted : ""))
            .ToArray();
        var reader = ReplyReader.Instance;
        var flagged = 0;
        Measure.Rate("reply reader (replies)", replies.Length, duration, () =>
        {
            foreach (var reply in replies)
            {
                flagged += reader.Read(reply).RedFlags.Count;
            }
        });
        GC.KeepAlive(flagged);
    }
}
