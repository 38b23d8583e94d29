using NSubstitute;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Services;

public sealed class EnrollmentServiceTests
{
    [Theory]
    [InlineData("  Sam@Example.com ")]
    [InlineData("sam(x)@example.com")]
    [InlineData("(c)sam@example.com")]
    [InlineData("sam@example.com(c)")]
    [InlineData("\"Display\" <SAM@example.com>")]
    public async Task EnrollAsync_AnySpellingOfTheAddress_ChecksSuppressionAndDuplicatesOnTheCanonicalOne(string email)
    {
        await using var app = new EnrollmentApp();

        var outcome = await app.Service<EnrollmentService>().EnrollAsync(EnrollmentApp.SignupJson(email: email), CancellationToken.None);

        Assert.IsType<EnrollOutcome.Accepted>(outcome);
        await app.Ports.Suppressions.Received(1).IsSuppressedAsync("sam@example.com", Arg.Any<CancellationToken>());
        await app.Ports.Enrollments.Received(1).FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EnrollAsync_CommentedSpellingOfASuppressedAddress_SendsNoConfirmation()
    {
        await using var app = new EnrollmentApp();
        app.Ports.Suppressions.IsSuppressedAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(true);

        var outcome = await app.Service<EnrollmentService>().EnrollAsync(
            EnrollmentApp.SignupJson(email: "sam(new me)@example.com"), CancellationToken.None);

        Assert.IsType<EnrollOutcome.Accepted>(outcome);
        await app.Ports.Enrollments.DidNotReceiveWithAnyArgs().AddAsync(default!, default!, default, default);
        await app.Ports.Mail.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }

    [Fact]
    public async Task EnrollAsync_TwoAddressesInOneField_IsInvalidOnTheEmailField()
    {
        await using var app = new EnrollmentApp();

        var outcome = await app.Service<EnrollmentService>().EnrollAsync(
            EnrollmentApp.SignupJson(email: "a,b@example.com"), CancellationToken.None);

        var invalid = Assert.IsType<EnrollOutcome.Invalid>(outcome);
        Assert.Equal("email", Assert.Single(invalid.Errors).Field);
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
