using NodaTime;
using PainDrip.Core.Intake;
using PainDrip.Core.Safety;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Intake;

public sealed class IntakeValidatorTests
{
    private static readonly LocalDate Today = new(2026, 11, 20);
    private static readonly EnrollmentRequest Valid = Profiles.Request(new LocalDate(2026, 11, 19));

    public static TheoryData<string, Func<EnrollmentRequest, EnrollmentRequest>> BrokenFields => new()
    {
        { "email", r => r with { Email = "" } },
        { "email", r => r with { Email = null! } },
        { "email", r => r with { Email = "sam.example.com" } },
        { "email", r => r with { Email = "sam@example" } },
        { "email", r => r with { Email = "sam@@example.com" } },
        { "email", r => r with { Email = "sam smith@example.com" } },
        { "email", r => r with { Email = new string('a', 250) + "@example.com" } },
        { "firstName", r => r with { FirstName = "   " } },
        { "firstName", r => r with { FirstName = null! } },
        { "firstName", r => r with { FirstName = new string('S', 51) } },
        { "firstName", r => r with { FirstName = "Sam\u0007" } },
        { "timeZone", r => r with { TimeZone = "Mars/Olympus_Mons" } },
        { "timeZone", r => r with { TimeZone = "" } },
        { "sendHour", r => r with { SendHour = 5 } },
        { "sendHour", r => r with { SendHour = 22 } },
        { "consent", r => r with { Consent = false } },
        { "profile", r => r with { Profile = null! } },
        { "profile.painNow", r => r with { Profile = r.Profile with { PainNow = -1 } } },
        { "profile.painNow", r => r with { Profile = r.Profile with { PainNow = 11 } } },
        { "profile.onset", r => r with { Profile = r.Profile with { Onset = Today.PlusDays(1) } } },
        { "profile.onset", r => r with { Profile = r.Profile with { Onset = Today.PlusYears(-5).PlusDays(-1) } } },
        { "profile.areas", r => r with { Profile = r.Profile with { Areas = [] } } },
        { "profile.areas[1]", r => r with { Profile = r.Profile with { Areas = [Area.Neck, (Area)99] } } },
        { "profile.triggers[0]", r => r with { Profile = r.Profile with { Triggers = [(Trigger)42] } } },
        { "profile.side", r => r with { Profile = r.Profile with { Side = (Side)9 } } },
        { "profile.dominantHand", r => r with { Profile = r.Profile with { DominantHand = (Hand)9 } } },
        { "profile.severity", r => r with { Profile = r.Profile with { Severity = (Severity)9 } } },
    };

    [Fact]
    public void Validate_GoodSignUp_IsEnrollable()
    {
        var decision = IntakeValidator.Validate(Valid, Today);

        Assert.True(decision.IsEnrollable);
        Assert.Empty(decision.Errors);
        Assert.Same(Valid, decision.Request);
    }

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public void Validate_OneBrokenField_ReportsExactlyThatField(string field, Func<EnrollmentRequest, EnrollmentRequest> breakIt)
    {
        var decision = IntakeValidator.Validate(breakIt(Valid), Today);

        var error = Assert.Single(decision.Errors);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(decision.IsEnrollable);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(21)]
    public void Validate_SendHourAtTheEdges_IsAccepted(int hour) =>
        Assert.True(IntakeValidator.Validate(Valid with { SendHour = hour }, Today).IsEnrollable);

    [Fact]
    public void Validate_OnsetTodayAndFiveYearsBack_AreAccepted()
    {
        Assert.True(IntakeValidator.Validate(Valid with { Profile = Valid.Profile with { Onset = Today } }, Today).IsEnrollable);
        Assert.True(IntakeValidator.Validate(Valid with { Profile = Valid.Profile with { Onset = Today.PlusYears(-5) } }, Today).IsEnrollable);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryProblemAtOnce()
    {
        var broken = new EnrollmentRequest("nope", "", "Nowhere/Else", 3, false,
            Valid.Profile with { PainNow = 12, Onset = Today.PlusDays(3), Areas = [] });

        var decision = IntakeValidator.Validate(broken, Today);

        Assert.Equal(
            ["consent", "email", "firstName", "profile.areas", "profile.onset", "profile.painNow", "sendHour", "timeZone"],
            decision.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_RedFlags_RefusesWithSeekCareAdviceMostUrgentFirst()
    {
        var flagged = Valid with { Profile = Valid.Profile.WithFlags(RedFlag.NumbnessTingling, RedFlag.ChestPain) };

        var decision = IntakeValidator.Validate(flagged, Today);

        Assert.Empty(decision.Errors);
        Assert.False(decision.IsEnrollable);
        Assert.Equal([RedFlag.ChestPain, RedFlag.NumbnessTingling], decision.SeekCare!.Advice.Select(a => a.Flag));
        Assert.Equal(CareUrgency.Emergency, decision.SeekCare.Urgency);
    }

    [Fact]
    public void Validate_AtAnInstant_UsesTodayInThePersonsZone()
    {
        // 2026-11-20 05:00 UTC is already the 20th in Auckland but still the 19th in Los Angeles.
        var now = Instant.FromUtc(2026, 11, 20, 5, 0);
        var onsetThe20th = Valid.Profile with { Onset = new LocalDate(2026, 11, 20) };

        Assert.True(IntakeValidator.Validate(Valid with { TimeZone = "Pacific/Auckland", Profile = onsetThe20th }, now).IsEnrollable);
        Assert.Equal("profile.onset", Assert.Single(
            IntakeValidator.Validate(Valid with { TimeZone = "America/Los_Angeles", Profile = onsetThe20th }, now).Errors).Field);
    }

    [Fact]
    public void Validate_AtAnInstantWithUnknownZone_DoesNotCallTodayTheFuture()
    {
        var now = Instant.FromUtc(2026, 11, 20, 5, 0);
        var request = Valid with { TimeZone = "Nowhere/Else", Profile = Valid.Profile with { Onset = new LocalDate(2026, 11, 20) } };

        Assert.Equal("timeZone", Assert.Single(IntakeValidator.Validate(request, now).Errors).Field);
    }
}
