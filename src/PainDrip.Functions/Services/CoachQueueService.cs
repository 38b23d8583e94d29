using System.Text.Json;
using NodaTime.Text;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;

namespace PainDrip.Functions.Services;

/// <summary>A red flag as the coach sees it.</summary>
public sealed record RedFlagView(string Code, string Label, bool Urgent);

/// <summary>One reply waiting for a coach.</summary>
/// <param name="ReplyText">
/// The reply itself, because the coach has to read it to answer. This is the only place PainDrip hands reply
/// text out, and only behind the operator key; <see langword="null"/> when the inbox no longer has it.
/// </param>
public sealed record CoachQueueView(
    string EnrollmentId, string Reason, IReadOnlyList<RedFlagView> RedFlags, string At, string InboxId,
    string? ReplySubject, string? ReplyText);

/// <summary>The coach's view of the queue: newest first, with the reason, red-flag labels and the reply.</summary>
public sealed class CoachQueueService(ICoachQueue queue, IInbox inbox)
{
    /// <summary>The largest page the endpoint serves.</summary>
    public const int MaxPage = 200;

    /// <summary>Up to <paramref name="max"/> open items, newest first.</summary>
    public async Task<IReadOnlyList<CoachQueueView>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var entries = await queue.ListAsync(max, cancellationToken);
        var views = new List<CoachQueueView>(entries.Count);
        foreach (var entry in entries.OrderByDescending(e => e.Item.At).Take(max))
        {
            var reply = await inbox.FindAsync(entry.Item.EnrollmentId is "" ? null : entry.Item.EnrollmentId, entry.InboxId, cancellationToken);
            views.Add(new CoachQueueView(
                entry.Item.EnrollmentId,
                Code(entry.Item.Reason),
                entry.Item.RedFlags.Select(View).ToList(),
                InstantPattern.ExtendedIso.Format(entry.Item.At),
                entry.InboxId,
                reply?.Message.Subject,
                reply?.Message.Text));
        }
        return views;
    }

    // The same snake_case codes CoreJson writes for these enums everywhere else.
    private static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static RedFlagView View(RedFlag flag)
    {
        var info = RedFlagInfo.For(flag);
        return new RedFlagView(Code(flag), info.Label, info.Urgent);
    }
}
