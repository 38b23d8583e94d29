using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Safety;

public sealed class RedFlagListTests
{
    [Fact]
    public void Fill_AllSigns_ListsEveryFlagOnceUnderItsUrgency()
    {
        var text = RedFlagList.Fill("Intro\n\n" + RedFlagList.AllSigns + "\n\nEnd");

        var emergencyAt = text.IndexOf(RedFlagList.EmergencyLead, StringComparison.Ordinal);
        var doctorAt = text.IndexOf(RedFlagList.DoctorLead, StringComparison.Ordinal);
        Assert.True(emergencyAt > 0 && doctorAt > emergencyAt);
        foreach (var info in RedFlagInfo.All)
        {
            var at = text.IndexOf("- " + info.Sign + "\n", StringComparison.Ordinal) is var i and >= 0 ? i : text.IndexOf("- " + info.Sign, StringComparison.Ordinal);
            Assert.True(at > 0, $"{info.Flag} is missing");
            Assert.Equal(info.Urgent, at < doctorAt);
        }
    }

    [Fact]
    public void Fill_StrokeAndOtherEmergencies_AreInTheEmergencyGroup()
    {
        var text = RedFlagList.Fill(RedFlagList.EmergencySigns);

        Assert.Contains("slurred speech", text, StringComparison.Ordinal);
        Assert.Contains("Coughing up blood", text, StringComparison.Ordinal);
        Assert.Contains("tearing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Numbness", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FillReported_Flags_NamesThemMostUrgentFirst()
    {
        var text = RedFlagList.FillReported(RedFlagList.Reported, [RedFlag.NumbnessTingling, RedFlag.ChestPain]);

        Assert.Equal(2, text.Split('\n').Length);
        Assert.StartsWith("- Pain, pressure or tightness in your chest", text, StringComparison.Ordinal);
        Assert.EndsWith("- Numbness, tingling or pins and needles", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FillReported_NoFlags_SaysASignNeedsACheck() =>
        Assert.Equal("- A sign that needs a doctor's check", RedFlagList.FillReported(RedFlagList.Reported, []));

    [Fact]
    public void FooterSentence_NamesStrokeAndChestPain()
    {
        Assert.Contains("stroke signs", RedFlagList.FooterSentence, StringComparison.Ordinal);
        Assert.Contains("chest pain", RedFlagList.FooterSentence, StringComparison.Ordinal);
    }
}
