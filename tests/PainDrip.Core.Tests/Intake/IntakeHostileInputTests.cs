using System.Text.Json;
using NodaTime;
using PainDrip.Core.Intake;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Intake;

/// <summary>Sign-ups written to slip past the rules: hidden names, list-valued choices, huge lists, broken escapes.</summary>
public sealed class IntakeHostileInputTests
{
    private static readonly LocalDate Today = new(2026, 11, 20);

    private static string Signup(string firstName = "\"Sam\"", string side = "\"right\"", string areas = "[\"neck\"]", string redFlags = "[]") => $$$"""
        {"email":"sam@example.com","firstName":{{{firstName}}},"timeZone":"Europe/London","sendHour":7,"consent":true,
         "profile":{"areas":{{{areas}}},"side":{{{side}}},"dominantHand":"right","onset":"2026-11-19","painNow":4,
                    "severity":"mild","triggers":[],"redFlags":{{{redFlags}}}}}
        """;

    private static string[] FieldsWithErrors(IntakeDecision decision) => [.. decision.Errors.Select(e => e.Field).Distinct()];

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u202E\u202D")]
    [InlineData("\u2066\u2069 ")]
    [InlineData("\u00AD\uFEFF")]
    [InlineData("\u0301\u0301")]
    [InlineData("Sam\u202Emoc.live")]
    public void Check_NameOfHiddenOrDirectionCharacters_IsRefusedOnTheNameField(string name)
    {
        var decision = IntakeReader.Check(Signup(firstName: JsonSerializer.Serialize(name)), Today);

        Assert.Equal(["firstName"], FieldsWithErrors(decision));
    }

    [Theory]
    [InlineData("Zoë")]
    [InlineData("José María")]
    [InlineData("李")]
    public void Check_NameWithLettersOfAnyScript_IsAccepted(string name) =>
        Assert.True(IntakeReader.Check(Signup(firstName: JsonSerializer.Serialize(name)), Today).IsEnrollable);

    [Theory]
    [InlineData("\"left, right\"")]
    [InlineData("\"left,right\"")]
    [InlineData("\"1\"")]
    [InlineData("\" right\"")]
    [InlineData("\"Right, Both\"")]
    public void Check_SideThatIsNotExactlyOneChoice_IsRefusedOnTheSideField(string side)
    {
        var decision = IntakeReader.Check(Signup(side: side), Today);

        Assert.Equal(["profile.side"], FieldsWithErrors(decision));
    }

    [Fact]
    public void Check_FiveThousandAreas_IsOneErrorOnTheListAndAFewOnItems()
    {
        var areas = JsonSerializer.Serialize(Enumerable.Range(0, 5000).Select(i => i % 2 == 0 ? "neck" : $"x{i}"));

        var decision = IntakeReader.Check(Signup(areas: areas), Today);

        Assert.False(decision.IsEnrollable);
        Assert.Single(decision.Errors, e => e.Field == "profile.areas" && e.Message.Contains("at most"));
        Assert.InRange(decision.Errors.Count, 2, 6);
    }

    [Fact]
    public void Check_RepeatedArea_IsReadOnce()
    {
        var decision = IntakeReader.Check(Signup(areas: "[\"neck\",\"neck\",\"upper_back\"]"), Today);

        Assert.True(decision.IsEnrollable);
        Assert.Equal([Area.Neck, Area.UpperBack], decision.Request!.Profile.Areas);
    }

    [Fact]
    public void Check_RedFlagInAnOverlongList_StillAdvisesCare()
    {
        var flags = JsonSerializer.Serialize(Enumerable.Repeat("nonsense", 40).Append("chest_pain"));

        var decision = IntakeReader.Check(Signup(redFlags: flags), Today);

        Assert.NotNull(decision.SeekCare);
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"Sam\\udc00\"")]
    [InlineData("\"\\udfff\\ud800x\"")]
    public void Check_LoneSurrogateEscapeInAName_ReadsItWithAReplacementCharacter(string firstName)
    {
        var decision = IntakeReader.Check(Signup(firstName: firstName), Today);

        Assert.Contains('\uFFFD', decision.Request!.FirstName);
    }

    [Fact]
    public void Check_UnknownTimeZoneOfAMegabyte_EchoesOnlyAShortExcerpt()
    {
        var json = Signup().Replace("Europe/London", new string('z', 100_000), StringComparison.Ordinal);

        var decision = IntakeReader.Check(json, Today);

        var error = Assert.Single(decision.Errors);
        Assert.Equal("timeZone", error.Field);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void Check_UnknownAreaName_EchoesAShortExcerptWithoutHiddenCharacters()
    {
        var decision = IntakeReader.Check(Signup(areas: JsonSerializer.Serialize(new[] { "\u202E" + new string('a', 500) })), Today);

        var error = Assert.Single(decision.Errors);
        Assert.DoesNotContain('\u202E', error.Message);
        Assert.True(error.Message.Length < 200, error.Message);
    }
}
