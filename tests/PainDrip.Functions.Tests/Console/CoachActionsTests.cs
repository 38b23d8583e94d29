using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Console;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Console;

/// <summary>A coach's stop in the console: the person is told once, on the timeline, and a repeat changes nothing.</summary>
public sealed class CoachActionsTests
{
    private readonly MailWorld _world = new();

    public CoachActionsTests()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        _world.Put(record with { Enrollment = _world.Planner.RecordSent(record.Enrollment, welcome, _world.Clock.Now) });
    }

    [Fact]
    public async Task StopAsync_ActiveProgram_StopsAndSendsTheStopEmailOnTheTimeline()
    {
        var result = await Actions().StopAsync(new Coach("Kim"), "e1", "asked by phone", default);

        Assert.Equal(ActionOutcome.Done, result.Outcome);
        Assert.Equal(EnrollmentStatus.Stopped, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal([EmailKind.Stopped], _world.SentKinds);
        Assert.Equal("sam@example.com", _world.Sent[0].To.Address);
        Assert.Contains(_world.ProgressEntries, p => p.Entry is { Kind: ProgressKind.EmailSent, Detail: "special-stopped" });
        Assert.Contains(_world.ProgressEntries, p => p.Entry is { Kind: ProgressKind.Stopped, Detail: "coach:Kim; asked by phone" });
    }

    [Fact]
    public async Task StopAsync_Twice_SendsTheStopEmailOnce()
    {
        var actions = Actions();

        await actions.StopAsync(new Coach("Kim"), "e1", "asked by phone", default);
        var again = await actions.StopAsync(new Coach("Kim"), "e1", "asked by phone", default);

        Assert.Equal(ActionOutcome.NothingToDo, again.Outcome);
        Assert.Equal([EmailKind.Stopped], _world.SentKinds);
    }

    [Fact]
    public async Task StopAsync_CompletedProgram_SendsNothing()
    {
        _world.Put(_world.Stored["e1"] with { Enrollment = _world.Stored["e1"].Enrollment.WithStatus(EnrollmentStatus.Completed) });

        var result = await Actions().StopAsync(new Coach("Kim"), "e1", "tidy up", default);

        Assert.Equal(ActionOutcome.NothingToDo, result.Outcome);
        Assert.Empty(_world.Sent);
    }

    private CoachActions Actions()
    {
        var mailer = _world.Mailer();
        var holds = new SafetyHoldService(
            _world.Enrollments, _world.Planner, mailer, _world.DueIndex, _world.Progress, _world.Clock, NullLogger<SafetyHoldService>.Instance);
        return new CoachActions(
            Substitute.For<ICoachDesk>(), _world.Enrollments, _world.Planner, mailer, _world.DueIndex, _world.Progress, holds,
            _world.Clock, NullLogger<CoachActions>.Instance);
    }
}
