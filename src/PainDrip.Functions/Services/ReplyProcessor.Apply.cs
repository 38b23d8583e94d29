using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Replies;

namespace PainDrip.Functions.Services;

public sealed partial class ReplyProcessor
{
    private async Task ApplyAsync(EnrollmentRecord record, InboxItem item, ReplySignal signal, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var before = record.Enrollment;
        var outcome = Decide(before, signal, now);
        // A coach hears of it first (adding the same reply twice keeps one item), so a failure while
        // sending or saving below can never leave a red flag unseen.
        if (SenderCheck.CoachItem(outcome.CoachItem, record.Id, signal, now) is { } coachItem)
        {
            await coachQueue.AddAsync(new CoachQueueEntry(coachItem, item.Id), cancellationToken);
        }
        // Then the safety email goes out in this save, before anything else is written.
        // The answer to a reply goes in the person's own thread (Re: their subject, In-Reply-To their Message-ID).
        var sendNow = outcome.SendNow.Select(e => e.Kind == EmailKind.Answer ? e with { Thread = new(item.Message.MessageId, item.Message.Subject) } : e).ToList();
        // The reply is marked applied in the same write as its effect, so a retry can tell without reading the timeline.
        var changed = record with { Enrollment = outcome.Enrollment, AppliedReplies = [.. record.AppliedReplies, item.Id] };
        var entries = ProgressEntries(before, outcome.Enrollment, signal, outcome.Gate, item.Id, now);
        var saved = await SaveAndSendAsync(changed, sendNow, entries, item.Id, cancellationToken);
        await RescheduleAsync(record, saved, now, cancellationToken);
        if (saved.Enrollment.Status == EnrollmentStatus.SafetyHold && signal.HasRedFlag)
        {
            MailLog.RedFlag(logger, item.Id, saved.Id);
        }
        MailLog.ReplyProcessed(logger, item.Id, saved.Id, saved.Enrollment.Status.ToString(), outcome.Gate.ToString());
    }

    // The pause email tells people to just reply to restart: any reply to a paused program that is not
    // another pause (or a stop, or a red flag) resumes it, then the reply is read as usual.
    private ReplyOutcome Decide(Enrollment enrollment, ReplySignal signal, Instant now)
    {
        if (enrollment.Status != EnrollmentStatus.Paused || signal.HasRedFlag || signal.WantsStop || signal.WantsPause || signal.HeldBackRequest)
        {
            return planner.ApplyReply(enrollment, signal, now);
        }
        var resumed = planner.Resume(enrollment, now);
        var outcome = planner.ApplyReply(resumed.Enrollment, signal, now);
        return outcome with { SendNow = [.. resumed.SendNow, .. outcome.SendNow] };
    }

    // Nothing to send: the change and its timeline lines are one transaction. Otherwise the first send saves the change,
    // its timeline lines and its claim in one ETag-checked write, so a reply marked applied always has its lines.
    private async Task<EnrollmentRecord> SaveAndSendAsync(
        EnrollmentRecord changed, IReadOnlyList<PlannedEmail> emails, IReadOnlyList<ProgressEntry> entries, string inboxId,
        CancellationToken cancellationToken)
    {
        var (current, unwritten) = (changed, entries);
        foreach (var email in emails)
        {
            var sent = await mailer.SendAsync(current, email, DeliveryKeys.ForReply(inboxId, email), unwritten, cancellationToken);
            (current, unwritten) = (sent, sent.ETag == current.ETag ? unwritten : []);
        }
        return current.ETag == changed.ETag || unwritten.Count > 0
            ? await journal.SaveAsync(current, null, unwritten, cancellationToken)
            : current;
    }

    private static List<ProgressEntry> ProgressEntries(
        Enrollment before, Enrollment after, ReplySignal signal, GateDecision gate, string inboxId, Instant now)
    {
        var entries = new List<ProgressEntry> { new(now, ProgressKind.ReplyRead, after.Phase, signal.PainScore, $"inbox:{inboxId}") };
        if (gate != GateDecision.None)
        {
            entries.Add(new(now, ProgressKind.PhaseChanged, after.Phase, Detail: gate.ToString().ToLowerInvariant()));
        }
        if (before.EscalatedOnDay is null && after.EscalatedOnDay is not null)
        {
            entries.Add(new(now, ProgressKind.PhaseChanged, after.Phase, Detail: "escalated"));
        }
        if (StatusChange(before, after, signal) is { } change)
        {
            entries.Add(new(now, change.Kind, after.Phase, Detail: change.Detail));
        }
        return entries;
    }

    private static (ProgressKind Kind, string? Detail)? StatusChange(Enrollment before, Enrollment after, ReplySignal signal)
    {
        if (signal.HasRedFlag)
        {
            return (ProgressKind.RedFlag, string.Join(",", signal.RedFlags.Order().Select(flag => flag.ToString().ToLowerInvariant())));
        }
        return (before.Status == after.Status, after.Status) switch
        {
            (false, EnrollmentStatus.Stopped) => (ProgressKind.Stopped, "reply"),
            (false, EnrollmentStatus.Paused) => (ProgressKind.Paused, "reply"),
            (false, EnrollmentStatus.Active) when before.Status == EnrollmentStatus.Paused => (ProgressKind.Resumed, "reply"),
            _ => null,
        };
    }

    // Only when the reply moved the next email (or an unconfirmed send needs settling): most check-in answers cost nothing
    // here. The entry the person had is known from their state before the reply, so no pointer is read.
    private async Task RescheduleAsync(EnrollmentRecord? before, EnrollmentRecord saved, Instant now, CancellationToken cancellationToken)
    {
        var had = before is null ? null : NextDue(before.Enrollment, now);
        var next = NextDue(saved.Enrollment, now);
        if (saved.Unconfirmed.Count > 0)
        {
            var settle = now + ProgramMailer.SendTimeout;
            next = next is { } due && due < settle ? due : settle;
        }
        if (before is not null && had == next)
        {
            return;
        }
        var known = had is { } at ? new DueEntry(saved.Id, at) : null;
        var task = (next, known) switch
        {
            ({ } due, { } entry) => dueIndex.ReplaceAsync(entry, due, cancellationToken),
            ({ } due, null) => dueIndex.ScheduleAsync(saved.Id, due, cancellationToken),
            (null, { } entry) => dueIndex.RemoveAsync(entry, cancellationToken),
            _ => dueIndex.CancelAsync(saved.Id, cancellationToken),
        };
        await task;
    }

    private Instant? NextDue(Enrollment enrollment, Instant now) =>
        enrollment.Status == EnrollmentStatus.Active ? planner.PlanNext(enrollment, now)?.Due : null;
}
