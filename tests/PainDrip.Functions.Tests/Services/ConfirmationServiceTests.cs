using NSubstitute;
using NSubstitute.Extensions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Services;

/// <summary>Confirmation paths the HTTP tests do not reach: a confirm that died half-way, a lost race with the timer.</summary>
public sealed class ConfirmationServiceTests
{
    [Fact]
    public async Task ConfirmAsync_StartedEarlierButWelcomeNeverSent_SendsItUnderTheSameDeliveryKey()
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        var started = pending with { Enrollment = app.Planner.Start(pending.Enrollment, EnrollmentApp.Now) };
        app.Ports.Enrollments.FindAsync(pending.Id, Arg.Any<CancellationToken>()).Returns(started);

        var outcome = await app.Service<ConfirmationService>().ConfirmAsync(
            app.Tokens.Create(LinkPurpose.Confirm, pending.Id), CancellationToken.None);

        Assert.Equal(LinkOutcome.AlreadyDone, outcome);
        await app.Ports.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
        await app.ProgramMailer.Received(1).SendAsync(
            started, Arg.Is<PlannedEmail>(e => e.Kind == EmailKind.Welcome), "slot-000-welcome", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ConfirmAsync_TimerSavedTheEnrollmentFirst_StillConfirmedAndTheWelcomeStaysScheduled()
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        app.Ports.Enrollments.FindAsync(pending.Id, Arg.Any<CancellationToken>()).Returns(pending);
        app.ProgramMailer.Configure().SendAsync(default!, default!, default!, default).ReturnsForAnyArgs<EnrollmentRecord>(
            _ => throw new StoreConflictException(StoreConflict.Changed, "stale"));

        var outcome = await app.Service<ConfirmationService>().ConfirmAsync(
            app.Tokens.Create(LinkPurpose.Confirm, pending.Id), CancellationToken.None);

        Assert.Equal(LinkOutcome.Done, outcome);
        await app.Ports.DueIndex.Received(1).ScheduleAsync(pending.Id, EnrollmentApp.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task CheckAsync_PendingEnrollment_IsReadyAndChangesNothing()
    {
        await using var app = new EnrollmentApp();
        var pending = EnrollmentApp.PendingRecord();
        app.Ports.Enrollments.FindAsync(pending.Id, Arg.Any<CancellationToken>()).Returns(pending);

        var outcome = await app.Service<ConfirmationService>().CheckAsync(
            app.Tokens.Create(LinkPurpose.Confirm, pending.Id), CancellationToken.None);

        Assert.Equal(LinkOutcome.Ready, outcome);
        await app.Ports.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
    }
}
