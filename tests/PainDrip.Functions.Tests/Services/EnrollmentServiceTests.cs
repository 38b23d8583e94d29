using NSubstitute;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Services;

public sealed class EnrollmentServiceTests
{
    [Fact]
    public async Task EnrollAsync_AddressWithSpacesAndCapitals_LooksUpAndStoresItTrimmed()
    {
        await using var app = new EnrollmentApp();

        var outcome = await app.Service<EnrollmentService>().EnrollAsync(
            EnrollmentApp.SignupJson(email: "  Sam@Example.com "), CancellationToken.None);

        Assert.IsType<EnrollOutcome.Accepted>(outcome);
        await app.Ports.Suppressions.Received(1).IsSuppressedAsync("Sam@Example.com", Arg.Any<CancellationToken>());
        await app.Ports.Enrollments.Received(1).FindByEmailAsync("Sam@Example.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EnrollAsync_RedFlag_NeverLooksAnythingUp()
    {
        await using var app = new EnrollmentApp();

        var outcome = await app.Service<EnrollmentService>().EnrollAsync(
            EnrollmentApp.SignupJson(redFlags: ["breathing_difficulty"]), CancellationToken.None);

        Assert.IsType<EnrollOutcome.SeekCare>(outcome);
        await app.Ports.Suppressions.DidNotReceiveWithAnyArgs().IsSuppressedAsync(default!, default);
        await app.Ports.Enrollments.DidNotReceiveWithAnyArgs().FindByEmailAsync(default!, default);
    }
}
