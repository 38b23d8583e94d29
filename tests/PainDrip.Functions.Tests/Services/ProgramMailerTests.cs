using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Services;

public sealed class ProgramMailerTests
{
    private readonly MailWorld _world = new();

    [Fact]
    public async Task SendAsync_NewDelivery_ClaimsInOneWriteThenSendsThenConfirmsInOne()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        var key = DeliveryKeys.Scheduled(welcome);

        var saved = await _world.Mailer().SendAsync(record, welcome, key, default);

        Received.InOrder(() =>
        {
            _world.Journal.SaveAsync(
                Arg.Is<EnrollmentRecord>(r => r.Unconfirmed.Single().Key == key), Arg.Is<Delivery?>(d => d!.Key == key && d.SentAt == null),
                Arg.Any<IReadOnlyList<ProgressEntry>>(), Arg.Any<CancellationToken>());
            _world.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>());
            _world.Journal.ConfirmAsync(
                Arg.Any<EnrollmentRecord>(), new SendConfirmation(key, _world.Clock.Now, "sg-1"), Arg.Any<IReadOnlyList<ProgressEntry>>(),
                Arg.Any<CancellationToken>());
        });
        Assert.Empty(saved.Unconfirmed);
        Assert.Empty(_world.Stored["e1"].Unconfirmed);
        Assert.Equal("slot-000-welcome", key);
        Assert.Equal(0, saved.Enrollment.LastSlotDay);
        Assert.Equal("sam@example.com", Assert.Single(_world.Sent).To.Address);
        Assert.Contains((ProgressKind.EmailSent, welcome.LessonId), _world.ProgressEntries.Select(p => (p.Entry.Kind, p.Entry.Detail)));
    }

    [Fact]
    public async Task SendAsync_KeyRecordedAndEnrollmentShowsItSent_SendsNothingAndReturnsRecordUnchanged()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        var key = DeliveryKeys.Scheduled(welcome);
        var afterSend = await _world.Mailer().SendAsync(record, welcome, key, default);

        var again = await _world.Mailer().SendAsync(afterSend, welcome, key, default);

        Assert.Same(afterSend, again);
        Assert.Single(_world.Sent);
    }

    [Fact]
    public async Task SendAsync_KeyRecordedButNeverSaved_ClaimsWithTheETagAndSendsOnce()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        var key = DeliveryKeys.Scheduled(welcome);
        _world.LedgerKeys.Add($"e1/{key}");

        var saved = await _world.Mailer().SendAsync(record, welcome, key, default);

        Assert.Single(_world.Sent);
        Assert.Equal(0, saved.Enrollment.LastSlotDay);
    }

    [Fact]
    public async Task SendAsync_SaveConflicts_ThrowsAndSendsNothing()
    {
        var record = _world.Enroll();
        _world.Put(record);
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;

        var error = await Assert.ThrowsAsync<StoreConflictException>(
            () => _world.Mailer().SendAsync(record, welcome, DeliveryKeys.Scheduled(welcome), default));

        Assert.Equal(StoreConflict.Changed, error.Conflict);
        Assert.Empty(_world.Sent);
    }

    [Fact]
    public async Task SendAsync_SenderThrows_KeepsTheClaimAndLeavesTheDeliveryUnconfirmed()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        _world.Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new MailSendException("down", 503, [], isTransient: true));

        var saved = await _world.Mailer().SendAsync(record, welcome, DeliveryKeys.Scheduled(welcome), default);

        Assert.Equal(0, saved.Enrollment.LastSlotDay);
        Assert.Equal(saved, _world.Stored["e1"]);
        await _world.Deliveries.DidNotReceiveWithAnyArgs().MarkSentAsync(default!, default!, default, default, default);
        Assert.DoesNotContain(ProgressKind.EmailSent, _world.ProgressKinds);
    }

    [Fact]
    public async Task SendAsync_AddressSuppressed_StopsTheEnrollmentAndSendsNothing()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        record = _world.Put(record with { Suppressed = true });

        var saved = await _world.Mailer().SendAsync(record, welcome, DeliveryKeys.Scheduled(welcome), default);

        Assert.Equal(EnrollmentStatus.Stopped, saved.Enrollment.Status);
        Assert.Empty(_world.Sent);
        Assert.Empty(_world.LedgerKeys);
        Assert.Contains(ProgressKind.Stopped, _world.ProgressKinds);
    }

    [Fact]
    public async Task SendAsync_UnknownLesson_ThrowsBeforeRecordingAnything()
    {
        var record = _world.Enroll();
        var planned = new PlannedEmail(EmailKind.Lesson, "no-such-lesson", Phase.Mobility, _world.Clock.Now, 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _world.Mailer().SendAsync(record, planned, "001-lesson-x", default));

        Assert.Empty(_world.LedgerKeys);
        Assert.Empty(_world.Sent);
    }

    [Fact]
    public async Task SendAsync_LessonThePersonAlreadyGot_SendsItUnderAMessageIdOfItsOwn()
    {
        var record = _world.Enroll();
        var flare = new PlannedEmail(EmailKind.Flare, "special-flare", Phase.Mobility, _world.Clock.Now, 0);
        var afterFirst = await _world.Mailer().SendAsync(record, flare, "reply-in-1-flare-special-flare", default);

        await _world.Mailer().SendAsync(afterFirst, flare, "reply-in-2-flare-special-flare", default);

        Assert.Equal(2, _world.Sent.Count);
        Assert.Equal($"<{_world.Sent[0].CorrelationId}@paindrip.test>", _world.Sent[0].MessageId);
        Assert.NotEqual(_world.Sent[0].MessageId, _world.Sent[1].MessageId);
    }
}
