using PainDrip.Core.Safety;
using static PainDrip.Core.Safety.RedFlag;

namespace PainDrip.Core.Tests.Safety;

/// <summary>Wording a safety review found missed: typos, idioms, and present difficulty said with a negation.</summary>
public sealed partial class RedFlagDetectorTests
{
    [Theory]
    [InlineData("chest pian since yesterday", ChestPain)]
    [InlineData("chset pain this morning", ChestPain)]
    [InlineData("some numbnes in my fingers", NumbnessTingling)]
    [InlineData("numbess in my left hand", NumbnessTingling)]
    [InlineData("pins and needels in my arm", NumbnessTingling)]
    [InlineData("pins + needles all day", NumbnessTingling)]
    [InlineData("my chest is killing me", ChestPain)]
    [InlineData("it feels like an elephant is sitting on my chest", ChestPain)]
    [InlineData("pain in the middle of my chest", ChestPain)]
    [InlineData("my hand has gone dead", NumbnessTingling)]
    [InlineData("my arm keeps going to sleep", NumbnessTingling)]
    [InlineData("my hand keeps falling asleep", NumbnessTingling)]
    [InlineData("I can't hold a cup", Weakness)]
    [InlineData("my legs feel like jelly", Weakness)]
    [InlineData("i peed myself yesterday", BladderBowel)]
    [InlineData("I poo'd myself on the way home", BladderBowel)]
    [InlineData("I can't feel down there", BladderBowel)]
    [InlineData("i have a high temp", FeverInfection)]
    [InlineData("running a temp since Monday", FeverInfection)]
    [InlineData("temp of 38.5 last night", FeverInfection)]
    [InlineData("feel shivery and hot", FeverInfection)]
    [InlineData("someone drove into the back of my car", MajorTrauma)]
    [InlineData("the doctor found a lump", CancerOrWeightLoss)]
    [InlineData("there is a lump on my spine", CancerOrWeightLoss)]
    [InlineData("I've dropped 5kg without trying", CancerOrWeightLoss)]
    [InlineData("I'm not able to breathe deeply", BreathingDifficulty)]
    [InlineData("I haven't been able to breathe properly", BreathingDifficulty)]
    [InlineData("I don't think I can breathe properly", BreathingDifficulty)]
    [InlineData("I feel like I'm going to pass out", HeartSymptoms)]
    [InlineData("my pulse is all over the place", HeartSymptoms)]
    [InlineData("pain is worse at night and nothing helps", NightPain)]
    [InlineData("I think I had a stroke", StrokeSigns)]
    [InlineData("my face drooped on one side", StrokeSigns)]
    [InlineData("my husband says I have slurred speech", StrokeSigns)]
    [InlineData("I felt confused this morning", StrokeSigns)]
    [InlineData("I can't speak properly", StrokeSigns)]
    [InlineData("my words came out jumbled", StrokeSigns)]
    [InlineData("the GP thinks it was a mini stroke", StrokeSigns)]
    [InlineData("I'm coughing up blood", OtherEmergency)]
    [InlineData("blurry vision since the weekend", OtherEmergency)]
    [InlineData("I keep getting double vision", OtherEmergency)]
    [InlineData("my calf is swollen red and hot", OtherEmergency)]
    public void Detect_ReviewedWording_FindsTheFlag(string words, RedFlag expected)
    {
        Assert.Contains(expected, RedFlagDetector.Detect(words));
    }

    [Theory]
    [InlineData("The chest stretch felt great, pain 2")]
    [InlineData("I slept well and the temp in the office is better")]
    [InlineData("I'm not confused about the exercises, thanks")]
    [InlineData("Pain is worse at night but the pillow helps")]
    [InlineData("I can breathe properly now, no problem")]
    [InlineData("Sorry for the confusion, pain is 3 and I can't talk long")]
    [InlineData("I went into my office early and ran into my manager")]
    [InlineData("Thanks, Tia")]
    [InlineData("They paid it as a lump sum, what a stroke of luck")]
    [InlineData("I can't carry heavy bags yet")]
    public void Detect_BenignWording_FindsNothing(string words)
    {
        Assert.Empty(RedFlagDetector.Detect(words));
    }
}
