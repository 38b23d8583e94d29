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
        var saved = await SaveAndSendAsync(record with { Enrollment = outcome.Enrollment }, sendNow, item.Id, cancellationToken);
        await LogProgressAsync(saved.Id, before, saved.Enrollment, signal, outcome.Gate, AppliedMarker(item), now, cancellationToken);
        await RescheduleAsync(saved, now, cancellationToken);
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

    private async Task<EnrollmentRecord> SaveAndSendAsync(
        EnrollmentRecord changed, IReadOnlyList<PlannedEmail> emails, string inboxId, CancellationToken cancellationToken)
    {
        // The first send saves the change together with its own bookkeeping (one ETag-checked write).
        var current = changed;
        foreach (var email in emails)
        {
            current = await mailer.SendAsync(current, email, DeliveryKeys.ForReply(inboxId, email), cancellationToken);
        }
        return current.ETag == changed.ETag ? await enrollments.SaveAsync(current, cancellationToken) : current;
    }

    private async Task LogProgressAsync(
        string enrollmentId, Enrollment before, Enrollment after, ReplySignal signal, GateDecision gate, string appliedMarker,
        Instant now, CancellationToken cancellationToken)
    {
        // The reply-read line comes first: it also marks the reply as applied for a retry.
        var entries = new List<ProgressEntry> { new(now, ProgressKind.ReplyRead, after.Phase, signal.PainScore, appliedMarker) };
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
        foreach (var entry in entries)
        {
            await progress.AppendAsync(enrollmentId, entry, cancellationToken);
        }
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

    private async Task RescheduleAsync(EnrollmentRecord record, Instant now, CancellationToken cancellationToken)
    {
        if (record.Enrollment.Status == EnrollmentStatus.Active && planner.PlanNext(record.Enrollment, now) is { } next)
        {
            await dueIndex.ScheduleAsync(record.Id, next.Due, cancellationToken);
            return;
        }
        await dueIndex.CancelAsync(record.Id, cancellationToken);
    }
}
