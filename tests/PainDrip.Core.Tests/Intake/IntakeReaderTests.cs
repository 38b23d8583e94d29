using System.Text.Json;
using NodaTime;
using PainDrip.Core.Intake;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Intake;

public sealed class IntakeReaderTests
{
    private const string IssueExample = """
        {"email":"sam@example.com","firstName":"Sam","timeZone":"Europe/London","sendHour":7,
         "consent":true,
         "profile":{"areas":["between_shoulder_blades","neck"],"side":"right","dominantHand":"right",
                    "onset":"2026-11-19","painNow":6,"severity":"moderate",
                    "triggers":["desk_posture","sleep"],"redFlags":[]}}
        """;

    private static readonly LocalDate Today = new(2026, 11, 20);

    [Fact]
    public void TryRead_IssueExample_ReadsEveryField()
    {
        Assert.True(IntakeReader.TryRead(IssueExample, out var request, out var errors));

        Assert.Empty(errors);
        Assert.Equal(("sam@example.com", "Sam", "Europe/London", 7, true), (request.Email, request.FirstName, request.TimeZone, request.SendHour, request.Consent));
        var profile = request.Profile;
        Assert.Equal([Area.BetweenShoulderBlades, Area.Neck], profile.Areas);
        Assert.Equal((Side.Right, Hand.Right, new LocalDate(2026, 11, 19), 6, Severity.Moderate),
            (profile.Side, profile.DominantHand, profile.Onset, profile.PainNow, profile.Severity));
        Assert.Equal([Trigger.DeskPosture, Trigger.Sleep], profile.Triggers);
        Assert.Empty(profile.RedFlags);
    }

    [Fact]
    public void Deserialize_WithCoreJson_ReadsTheSameShape()
    {
        var request = JsonSerializer.Deserialize<EnrollmentRequest>(IssueExample, PainDrip.Core.CoreJson.Options)!;

        Assert.True(IntakeValidator.Validate(request, Today).IsEnrollable);
        Assert.Equal(new LocalDate(2026, 11, 19), request.Profile.Onset);
        Assert.Contains("\"onset\":\"2026-11-19\"", JsonSerializer.Serialize(request, PainDrip.Core.CoreJson.Options));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"email\":")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public void TryRead_NotAnObject_OneRootError(string json)
    {
        Assert.False(IntakeReader.TryRead(json, out var request, out var errors));

        Assert.Null(request);
        Assert.Equal("", Assert.Single(errors).Field);
    }

    [Fact]
    public void TryRead_WrongTypesAndUnknownChoices_ReportsEachFieldWithoutThrowing()
    {
        const string json = """
            {"email":42,"firstName":"Sam","timeZone":"Europe/London","sendHour":"seven","consent":"yes",
             "profile":{"areas":["neck","lower_back",3],"side":"up","dominantHand":"left","onset":"19/11/2026",
                        "painNow":6.5,"severity":"agony","triggers":"sleep","redFlags":["vertigo"]}}
            """;

        Assert.False(IntakeReader.TryRead(json, out _, out var errors));

        Assert.Equal(
            ["consent", "email", "profile.areas[1]", "profile.areas[2]", "profile.onset", "profile.painNow", "profile.redFlags[0]",
             "profile.severity", "profile.side", "profile.triggers", "sendHour"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains("between_shoulder_blades", errors.Single(e => e.Field == "profile.areas[1]").Message);
    }

    [Fact]
    public void TryRead_MissingFields_SaysWhatIsNeeded()
    {
        Assert.False(IntakeReader.TryRead("""{"profile":{}}""", out _, out var errors));

        Assert.Equal(
            ["consent", "email", "firstName", "profile.onset", "profile.painNow", "profile.severity", "profile.side", "sendHour", "timeZone"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_JsonAndRuleProblems_AreReportedTogetherOncePerField()
    {
        const string json = """
            {"email":"sam@","firstName":"Sam","timeZone":"Europe/Londres","sendHour":23,"consent":true,
             "profile":{"areas":["elbow"],"side":"right","onset":"2026-12-01","painNow":14,"severity":"mild","triggers":[],"redFlags":[]}}
            """;

        var decision = IntakeReader.Check(json, Today);

        Assert.Equal(
            ["email", "profile.areas[0]", "profile.onset", "profile.painNow", "sendHour", "timeZone"],
            decision.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.False(decision.IsEnrollable);
    }

    [Fact]
    public void Check_RedFlagsWithOtherProblems_StillAdvisesCare()
    {
        const string json = """
            {"email":"bad","profile":{"areas":["upper_back"],"side":"center","onset":"2026-11-19","painNow":8,"severity":"serious",
             "redFlags":["bladder_bowel"]}}
            """;

        var decision = IntakeReader.Check(json, Today);

        Assert.Equal(RedFlag.BladderBowel, Assert.Single(decision.SeekCare!.Advice).Flag);
        Assert.NotEmpty(decision.Errors);
    }

    [Fact]
    public void Check_IssueExample_IsEnrollable() =>
        Assert.True(IntakeReader.Check(IssueExample, Instant.FromUtc(2026, 11, 20, 12, 0)).IsEnrollable);
}
