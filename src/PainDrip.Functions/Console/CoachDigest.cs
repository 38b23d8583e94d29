using NodaTime;
using PainDrip.Core.Ports;
using PainDrip.Functions.Console.Pages;

namespace PainDrip.Functions.Console;

/// <summary>What one digest run did.</summary>
/// <param name="Waiting">Open items.</param>
/// <param name="Sent">Emails sent (one per alert address; none when nothing waits).</param>
public sealed record CoachDigestSummary(int Waiting, int Sent);

/// <summary>The daily email of what waits in the queue: counts and the oldest wait only, and the console link.</summary>
public sealed class CoachDigest(ICoachDesk desk, CoachMail mail, IClock clock, ILogger<CoachDigest> logger)
{
    public async Task<CoachDigestSummary> SendAsync(CancellationToken cancellationToken)
    {
        var open = await desk.ListOpenAsync(CoachConsole.MaxQueue, cancellationToken);
        if (open.Count == 0)
        {
            return new(0, 0);
        }
        var urgent = open.Count(i => QueueOrder.Rank(i.Entry.Item.Reason, i.Entry.Item.RedFlags) <= 1);
        var oldest = clock.GetCurrentInstant() - open.Min(i => i.Entry.Item.At);
        var text = $"{open.Count} item(s) wait in the PainDrip coach queue, {urgent} of them urgent. The oldest has waited {ConsoleText.Waited(oldest)}.";
        var sent = await mail.SendAsync($"PainDrip: {open.Count} item(s) wait for a coach", text, "Open the queue", mail.Link(ConsoleFrame.QueuePath), cancellationToken);
        ConsoleLog.DigestSent(logger, open.Count, sent);
        return new(open.Count, sent);
    }
}
