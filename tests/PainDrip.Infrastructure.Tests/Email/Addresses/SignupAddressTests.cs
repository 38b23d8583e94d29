using System.Text.Json;
using NodaTime;
using PainDrip.Core.Intake;
using PainDrip.Infrastructure.Email.Addresses;

namespace PainDrip.Infrastructure.Tests.Email.Addresses;

/// <summary>The sign-up check with the mailer's parser: the request it lets through carries the one canonical address.</summary>
public sealed class SignupAddressTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 9, 0);

    [Theory]
    [InlineData("sam@example.com")]
    [InlineData("Sam@EXAMPLE.com")]
    [InlineData("sam(x)@example.com")]
    [InlineData("(c)sam@example.com")]
    [InlineData("sam@example.com(c)")]
    [InlineData("\"Display\" <sam@example.com>")]
    public void Check_AnySpellingOfTheAddress_LetsTheCanonicalAddressThrough(string email)
    {
        var decision = IntakeReader.Check(Signup(email), Now, new MimeAddressParser());

        Assert.True(decision.IsEnrollable, string.Join("; ", decision.Errors.Select(e => e.Message)));
        Assert.Equal("sam@example.com", decision.Request!.Email);
    }

    [Theory]
    [InlineData("a,b@example.com", "This doesn't look like one email address. It should look like name@example.com.")]
    [InlineData("a<b@example.com", "This doesn't look like one email address. It should look like name@example.com.")]
    [InlineData("[a]@example.com", "This doesn't look like one email address. It should look like name@example.com.")]
    [InlineData("sam@localhost", "This doesn't look like an email address. It should look like name@example.com.")]
    public void Check_MalformedAddress_IsRefusedOnTheEmailField(string email, string expected)
    {
        var decision = IntakeReader.Check(Signup(email), Now, new MimeAddressParser());

        Assert.False(decision.IsEnrollable);
        var error = Assert.Single(decision.Errors);
        Assert.Equal(("email", expected), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("sam(x)@example.com")]
    [InlineData("\"Display\" <sam@example.com>")]
    public void Check_WithoutTheParser_RefusesWhatOnlyTheParserCouldRead(string email)
    {
        var decision = IntakeReader.Check(Signup(email), Now);

        Assert.Equal("email", Assert.Single(decision.Errors).Field);
    }

    private static string Signup(string email) => $$$"""
        {"email":{{{JsonSerializer.Serialize(email)}}},"firstName":"Sam","timeZone":"Europe/London","sendHour":7,"consent":true,
         "profile":{"areas":["between_shoulder_blades"],"side":"right","dominantHand":"right",
                    "onset":"2026-11-19","painNow":4,"severity":"mild","triggers":["desk_posture"],"redFlags":[]}}
        """;
}
