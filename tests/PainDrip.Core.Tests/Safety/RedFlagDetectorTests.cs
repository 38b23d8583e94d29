using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Safety;

public sealed partial class RedFlagDetectorTests
{
    [Theory]
    [InlineData("chest pressure when I walk", RedFlag.ChestPain)]
    [InlineData("pins and needles in my right hand", RedFlag.NumbnessTingling)]
    [InlineData("my arm gave way carrying the shopping", RedFlag.Weakness)]
    [InlineData("I get short of breath on the stairs", RedFlag.BreathingDifficulty)]
    [InlineData("some bowel problems this week", RedFlag.BladderBowel)]
    [InlineData("running a temperature since Tuesday", RedFlag.FeverInfection)]
    [InlineData("came off my bike on Sunday", RedFlag.MajorTrauma)]
    [InlineData("I finished chemo last year", RedFlag.CancerOrWeightLoss)]
    [InlineData("sudden splitting headache this morning", RedFlag.SevereHeadache)]
    [InlineData("palpitations after the stretches", RedFlag.HeartSymptoms)]
    [InlineData("the pain goes down my left arm", RedFlag.HeartSymptoms)]
    [InlineData("it hurts all night, whatever I do", RedFlag.NightPain)]
    [InlineData("feeling unsteady on my feet", RedFlag.BalanceLoss)]
    public void Detect_PlainMention_FindsTheFlag(string words, RedFlag expected)
    {
        Assert.Contains(expected, RedFlagDetector.Detect(words));
    }

    [Theory]
    [InlineData("no numbness")]
    [InlineData("without any tingling")]
    [InlineData("the numbness is gone")]
    [InlineData("no longer short of breath")]
    [InlineData("never had chest pain")]
    [InlineData("haven't noticed any pins and needles")]
    [InlineData("neither numbness nor tingling")]
    [InlineData("the numbness and tingling have both gone completely")]
    [InlineData("I had hay fever all week")]
    [InlineData("fell behind on the exercises")]
    [InlineData("I did it by accident")]
    [InlineData("Numbness - none")]
    public void Detect_NegatedOrResolved_FindsNothing(string words)
    {
        Assert.Empty(RedFlagDetector.Detect(words));
    }

    [Theory]
    [InlineData("should I worry about numbness?")]
    [InlineData("is it bad if I don't have numbness?")]
    [InlineData("not worried about the numbness")]
    [InlineData("the numbness is mostly gone")]
    [InlineData("the numbness has gone down into my hand")]
    [InlineData("no numbness, tingling in my thumb though")]
    public void Detect_InDoubt_Flags(string words)
    {
        Assert.Contains(RedFlag.NumbnessTingling, RedFlagDetector.Detect(words));
    }

    [Fact]
    public void Detect_MixedClauses_KeepsOnlyThePresentFlag()
    {
        var flags = RedFlagDetector.Detect("no numbness but my chest feels tight");

        Assert.Equal([RedFlag.ChestPain], flags);
    }

    [Fact]
    public void Detect_Null_FindsNothing()
    {
        Assert.Empty(RedFlagDetector.Detect(null));
    }
}
