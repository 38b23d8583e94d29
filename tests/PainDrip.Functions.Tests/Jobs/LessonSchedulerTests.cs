using NodaTime;
using NSubstitute;
using NSubstitute.ClearExtensions;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Jobs;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Jobs;

public sealed partial class LessonSchedulerTests
{
    private readonly MailWorld _world = new();

    [Fact]
    public async Task SendDueAsync_OneOfTwoDue_ReadsOnlyTheDuePerson()
    {
        _world.Enroll("e1");
        _world.Enroll("e2", "kim@example.com");
        _world.Due["e1"] = _world.Clock.Now;
        _world.Due["e2"] = _world.Clock.Now + Duration.FromDays(2);

        var later = _world.Due["e2"];

        var summary = await _world.Scheduler().SendDueAsync(default);

        // Only the due person got mail; the other was not even looked at (not counted as not-due) and keeps their slot.
        Assert.Equal([EmailKind.Welcome], _world.SentKinds);
        Assert.Equal((1, 0, 0), (summary.Sent, summary.NotDue, summary.Skipped));
        Assert.Equal(later, _world.Due["e2"]);
        Assert.True(_world.Due["e1"] > _world.Clock.Now);
    }

    [Fact]
    public async Task SendDueAsync_WelcomeDue_SendsItAndSchedulesTheNextEmail()
    {
        _world.Enroll();
        _world.Due["e1"] = _world.Clock.Now;

        var summary = await _world.Scheduler().SendDueAsync(default);

        Assert.Equal([EmailKind.Welcome], _world.SentKinds);
        Assert.True(_world.Due["e1"] > _world.Clock.Now);
        Assert.Equal(new SchedulerRunSummary(1, 0, 0, 0, 0, 0, 0, 0, false), summary);
    }

    [Fact]
    public async Task SendDueAsync_OnePersonFails_PutsThemBackAnHourLaterAndServesTheRest()
    {
        _world.Enroll("e1");
        _world.Enroll("e2", "ana@example.com");
        _world.Due["e1"] = _world.Clock.Now - Duration.FromMinutes(1);
        _world.Due["e2"] = _world.Clock.Now;
        _world.Enrollments.FindAsync("e1", Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("storage hiccup"));

        var summary = await _world.Scheduler().SendDueAsync(default);

        Assert.Equal(_world.Clock.Now + LessonScheduler.FailedRetryDelay, _world.Due["e1"]);
        Assert.Equal([EmailKind.Welcome], _world.SentKinds);
        Assert.Equal(1, summary.Sent);
    }

    [Fact]
    public async Task SendDueAsync_SendFailedAfterTheClaim_LeavesItMarkedAndTheNextRunSoonAfterLeavesItAlone()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        _world.Due["e1"] = _world.Clock.Now;
        _world.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("connection reset"));
        await _world.Scheduler().SendDueAsync(default);
        _world.Mail.ClearSubstitute();
        _world.Due["e1"] = _world.Clock.Now;

        var summary = await _world.Scheduler().SendDueAsync(default);

        Assert.Equal(DeliveryKeys.Scheduled(welcome), Assert.Single(_world.Stored["e1"].Unconfirmed).Key);
        await _world.Mail.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
        Assert.Equal((0, 1, 0), (summary.Sent, summary.Skipped, summary.Unconfirmed));
    }

    [Fact]
    public async Task SendDueAsync_UnconfirmedPastTheSendTimeout_ResendsItOnceUnderTheSameMessageId()
    {
        _world.Enroll();
        _world.Due["e1"] = _world.Clock.Now;
        string? firstMessageId = null;
        _world.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
            .Returns<SendResult>(call => { firstMessageId = call.Arg<EmailMessage>().MessageId; throw new IOException("reset"); });
        await _world.Scheduler().SendDueAsync(default);
        _world.Mail.ClearSubstitute();
        _world.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
            .Returns(call => { _world.Sent.Add(call.Arg<EmailMessage>()); return new SendResult("sg-again"); });
        _world.Clock.Advance(ProgramMailer.SendTimeout);

        var summary = await _world.Scheduler().SendDueAsync(default);
        var third = await _world.Scheduler().SendDueAsync(default);

        Assert.Equal(firstMessageId, Assert.Single(_world.Sent).MessageId);
        Assert.Equal((1, 1, 0), (summary.Unconfirmed, summary.Resent, summary.ConfirmedLate));
        Assert.Empty(_world.Stored["e1"].Unconfirmed);
        Assert.Equal(0, third.Unconfirmed);
        Assert.Single(_world.ProgressEntries, p => p.Entry.Kind == ProgressKind.EmailSent);
    }

    [Fact]
    public async Task SendDueAsync_UnconfirmedButTheProviderProcessedIt_ConfirmsWithoutSendingAgain()
    {
        _world.Enroll();
        _world.Due["e1"] = _world.Clock.Now;
        _world.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>()).ThrowsAsync(new TaskCanceledException("timed out"));
        await _world.Scheduler().SendDueAsync(default);
        _world.Mail.ClearSubstitute();
        _world.Confirmations.FindAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(_world.Clock.Now);
        _world.Clock.Advance(ProgramMailer.SendTimeout);

        var summary = await _world.Scheduler().SendDueAsync(default);

        await _world.Mail.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
        Assert.Equal((1, 0, 1), (summary.Unconfirmed, summary.Resent, summary.ConfirmedLate));
        Assert.Empty(_world.Stored["e1"].Unconfirmed);
        Assert.Single(_world.LedgerRows.Values, d => d.SentAt is not null);
    }

    [Fact]
    public async Task SendDueAsync_TwoRunsOverlap_SendsOnceAndTheLoserSkips()
    {
        var record = _world.Enroll();
        _world.Due["e1"] = _world.Clock.Now;
        // The second run read the enrollment before the first one saved its claim.
        _world.StaleReads["e1"] = record;

        var first = await _world.Scheduler().SendDueAsync(default);
        _world.Due["e1"] = _world.Clock.Now;
        var second = await _world.Scheduler().SendDueAsync(default);

        Assert.Single(_world.Sent);
        Assert.Equal(1, first.Sent);
        Assert.Equal(1, second.Skipped);
        await _world.Journal.Received(2).SaveAsync(
            Arg.Any<EnrollmentRecord>(), Arg.Any<Delivery?>(), Arg.Any<IReadOnlyList<ProgressEntry>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task SendDueAsync_TimeBudgetRunsOut_StopsAndLeavesTheRestDue()
    {
        foreach (var id in new[] { "e1", "e2", "e3" })
        {
            _world.Enroll(id, $"{id}@example.com");
            _world.Due[id] = _world.Clock.Now;
        }
        _world.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
            .Returns(_ => { _world.Clock.Advance(Duration.FromMinutes(3)); return new SendResult("sg"); });
        var started = _world.Clock.Now;

        var summary = await _world.Scheduler(new SchedulerOptions { TimeBudget = TimeSpan.FromMinutes(4), SendConcurrency = 1 }).SendDueAsync(default);

        Assert.Equal(2, summary.Sent);
        Assert.Equal(1, summary.LeftForNextRun);
        Assert.True(summary.StoppedEarly);
        Assert.Single(_world.Due, entry => entry.Value == started);
    }

    [Fact]
    public async Task SendDueAsync_EnrollmentGone_RemovesTheEntry()
    {
        _world.Due["ghost"] = _world.Clock.Now;

        var summary = await _world.Scheduler().SendDueAsync(default);

        Assert.Equal(1, summary.Missing);
        Assert.Empty(_world.Due);
    }

    [Fact]
    public async Task SendDueAsync_ProgramPaused_SendsNothingAndRemovesTheEntry()
    {
        var record = _world.Enroll();
        _world.Put(record with { Enrollment = _world.Planner.Pause(record.Enrollment, _world.Clock.Now).Enrollment });
        _world.Due["e1"] = _world.Clock.Now;

        var summary = await _world.Scheduler().SendDueAsync(default);

        Assert.Empty(_world.Sent);
        Assert.Equal(1, summary.Skipped);
        Assert.Empty(_world.Due);
    }

    [Fact]
    public async Task SendDueAsync_EntryEarlierThanTheEmail_ReschedulesWithoutSending()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        var afterWelcome = _world.Put(record with { Enrollment = _world.Planner.RecordSent(record.Enrollment, welcome, _world.Clock.Now) });
        var next = _world.Planner.PlanNext(afterWelcome.Enrollment, _world.Clock.Now)!;
        _world.Due["e1"] = _world.Clock.Now;

        var summary = await _world.Scheduler().SendDueAsync(default);

        Assert.Equal(1, summary.NotDue);
        Assert.Equal(next.Due, _world.Due["e1"]);
        Assert.Empty(_world.Sent);
    }

    [Fact]
    public async Task SendDueAsync_AddressSuppressed_StopsTheProgramInsteadOfSending()
    {
        _world.Enroll();
        _world.Due["e1"] = _world.Clock.Now;
        _world.Put(_world.Stored["e1"] with { Suppressed = true });

        await _world.Scheduler().SendDueAsync(default);

        Assert.Empty(_world.Sent);
        Assert.Equal(EnrollmentStatus.Stopped, _world.Stored["e1"].Enrollment.Status);
        Assert.Empty(_world.Due);
    }
}
