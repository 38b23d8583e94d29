using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;
using PainDrip.Functions.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace PainDrip.Functions.Tests.Services;

public sealed partial class ReplyProcessorTests
{
    [Fact]
    public async Task ProcessAsync_EmergencyFlag_SendsTheEmergencyEmailNamingWhatWasReported()
    {
        await _world.Replies().ProcessAsync(_world.Reply("Im writing for my husband, hes sweating and says his jaw aches"), default);

        var email = Assert.Single(_world.Sent);
        Assert.Equal("Call your emergency number now", email.Subject);
        Assert.Contains("Please call your emergency number now", email.Text, StringComparison.Ordinal);
        Assert.Contains("- Pain spreading to your jaw or arm, sweating", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("may well be nothing", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", email.Text, StringComparison.Ordinal);
        Assert.Equal([RedFlag.HeartSymptoms], _world.Stored["e1"].Enrollment.HoldFlags);
    }

    [Fact]
    public async Task ProcessAsync_AllClearOnHold_QueuesAResumeRequestAndKeepsTheHold()
    {
        await _world.Replies().ProcessAsync(_world.Reply("my chest feels tight", id: "in-1"), default);

        await _world.Replies().ProcessAsync(_world.Reply("GP cleared me, she says I'm fine to carry on", id: "in-2"), default);

        Assert.Equal(EnrollmentStatus.SafetyHold, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal([("in-1", CoachQueueReason.RedFlag), ("in-2", CoachQueueReason.ResumeRequest)],
            _world.CoachEntries.Select(e => (e.InboxId, e.Item.Reason)));
        Assert.Equal([EmailKind.Safety], _world.SentKinds);
    }

    [Fact]
    public async Task ProcessAsync_DeleteMyData_StopsQueuesADataRequestAndAcknowledges()
    {
        await _world.Replies().ProcessAsync(_world.Reply("Please delete my data."), default);

        Assert.Equal(EnrollmentStatus.Stopped, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal(CoachQueueReason.DataRequest, Assert.Single(_world.CoachEntries).Item.Reason);
        Assert.Equal([EmailKind.DataRequest], _world.SentKinds);
    }

    [Fact]
    public async Task ProcessAsync_PainNineWithoutAFlag_GoesToTheCoach()
    {
        await _world.Replies().ProcessAsync(_world.Reply("9/10 today, awful"), default);

        Assert.Equal(CoachQueueReason.HighPain, Assert.Single(_world.CoachEntries).Item.Reason);
        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
    }

    [Fact]
    public async Task ResumeAsync_CoachLiftsAHold_RestartsOnePhaseBackAndRecordsIt()
    {
        await _world.Replies().ProcessAsync(_world.Reply("my chest feels tight"), default);
        _world.Clock.Advance(NodaTime.Duration.FromDays(4));
        var service = new SafetyHoldService(_world.Enrollments, _world.Planner, _world.Mailer(), _world.DueIndex, _world.Progress,
            _world.Clock, NullLogger<SafetyHoldService>.Instance);

        var outcome = await service.ResumeAsync("e1", "ECG normal, cleared by GP", "Alex", default);

        var enrollment = _world.Stored["e1"].Enrollment;
        Assert.Equal(ResumeOutcome.Resumed, outcome);
        Assert.Equal(EnrollmentStatus.Active, enrollment.Status);
        Assert.Equal(4, enrollment.PausedDays);
        Assert.Empty(enrollment.HoldFlags);
        Assert.Equal(Phase.Calm, enrollment.Timeline.PhaseOn(enrollment.ProgramDayAt(_world.Clock.Now)));
        Assert.Equal([EmailKind.Safety, EmailKind.Resume], _world.SentKinds);
        Assert.Contains(_world.ProgressEntries, p => p.Entry is { Kind: ProgressKind.Resumed, Detail: "coach:Alex; ECG normal, cleared by GP" });
        Assert.True(_world.Due.ContainsKey("e1"));
    }

    [Fact]
    public async Task ResumeAsync_NotOnHold_ChangesNothing()
    {
        var service = new SafetyHoldService(_world.Enrollments, _world.Planner, _world.Mailer(), _world.DueIndex, _world.Progress,
            _world.Clock, NullLogger<SafetyHoldService>.Instance);

        var outcome = await service.ResumeAsync("e1", "", "Alex", default);

        Assert.Equal(ResumeOutcome.NotOnHold, outcome);
        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
        Assert.Empty(_world.Sent);
    }
}
