using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Functions;
using PainDrip.Functions.Jobs;

namespace PainDrip.Functions.Tests.Functions;

/// <summary>The timer function as the worker calls it, with a hand-built <see cref="TimerInfo"/>.</summary>
public sealed class SchedulerFunctionsUnitTests
{
    private readonly ILessonScheduler _scheduler = Substitute.For<ILessonScheduler>();
    private readonly SettingsReport _settings = new();

    private SchedulerFunctions Function() => new(
        _settings, new ServiceCollection().AddSingleton(_scheduler).BuildServiceProvider(), NullLogger<SchedulerFunctions>.Instance);

    [Fact]
    public async Task SendDueLessons_SettingsComplete_ReturnsTheRunsSummary()
    {
        var summary = new SchedulerRunSummary(3, 1, 0, 1, 0, 0, 0, 2, false);
        _scheduler.SendDueAsync(Arg.Any<CancellationToken>()).Returns(summary);

        var result = await Function().SendDueLessonsAsync(new TimerInfo { IsPastDue = true }, CancellationToken.None);

        Assert.Same(summary, result);
    }

    [Fact]
    public async Task SendDueLessons_SettingsIncomplete_FailsNamingThemAndSendsNothing()
    {
        _settings.Record(["LinkSigningOptions: Secret is required.", "TableStorageOptions: set ConnectionString or Endpoint."]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Function().SendDueLessonsAsync(new TimerInfo(), CancellationToken.None));

        Assert.Contains("LinkSigningOptions", error.Message);
        Assert.Contains("TableStorageOptions", error.Message);
        await _scheduler.DidNotReceiveWithAnyArgs().SendDueAsync(default);
    }
}
