using PainDrip.Core.Replies;
using static PainDrip.Core.Safety.RedFlag;

namespace PainDrip.Core.Tests.Replies;

/// <summary>Red-flag wordings a clinical review found missing, several per category, in the writers' own styles.</summary>
public sealed partial class ReplyReaderTests
{
    private static IEnumerable<ReplyCase> SpreadingCases =>
    [
        // Pain that spreads from the back to the front of the chest, sternum, jaw, teeth or arm.
        new("spread-through-to-chest", "The ache goes right through to the front of my chest when I sit at my desk") { Flags = [ChestPain] },
        new("spread-front-of-ribs", "pain between my shoulder blades that wraps round to the front of my ribs") { Flags = [ChestPain] },
        new("spread-sternum-sore", "sternum feels sore and tight since yesterday") { Flags = [ChestPain] },
        new("spread-breastbone", "my breastbone hurts when the back pain kicks in") { Flags = [ChestPain] },
        new("spread-radiating-no-apostrophe", "its radiating into my chest now, 5/10") { Flags = [ChestPain], Score = 5 },
        new("spread-left-arm", "the pain shoots down my left arm") { Flags = [HeartSymptoms] },
        new("spread-down-arm", "it goes down my arm sometimes when I'm walking the dog") { Flags = [HeartSymptoms] },
        new("spread-jaw-aches", "my jaw aches along with the back") { Flags = [HeartSymptoms] },
        new("spread-teeth", "weirdly my teeth hurt when the back pain comes on") { Flags = [HeartSymptoms] },
        new("stretch-across-chest-not-flag", "i felt a good stretch across my chest in the door frame, nice") { Flags = [] },
        new("arms-moving-not-flag", "moving my arms is easier now") { Flags = [], Trend = Trend.Better },

        // Sudden tearing or ripping pain, or the worst pain ever.
        new("tearing-sudden", "Sudden tearing pain between my shoulder blades this morning") { Flags = [SuddenTearingPain] },
        new("tearing-like-ripped", "felt like something ripped in my upper back, 10/10 like never before") { Flags = [SuddenTearingPain] },
        new("tearing-worst-of-life", "worst pain of my life last night, could not move") { Flags = [SuddenTearingPain] },
        new("tearing-something-tore", "it felt like something tore between my shoulders when I reached up") { Flags = [SuddenTearingPain] },
        new("tearing-never-like-this", "Never felt pain like this before, it came on all at once") { Flags = [SuddenTearingPain] },

        // Someone writing for the person: sweating, jaw, arm, chest.
        new("behalf-husband-sweating-jaw", "Im writing for my husband, hes sweating and says his jaw aches") { Flags = [HeartSymptoms] },
        new("behalf-wife-left-arm", "My wife asked me to reply. She has pain going down her left arm and feels sick") { Flags = [HeartSymptoms] },
        new("behalf-mum-chest-heavy", "mum cant reply herself, she says her chest feels heavy") { Flags = [ChestPain] },
        new("behalf-dad-clammy", "Writing on behalf of my dad - he is grey and sweaty and the back pain is bad") { Flags = [HeartSymptoms] },
        new("sweating-with-pain", "back pain with sweating and feeling sick this afternoon") { Flags = [HeartSymptoms] },
        new("sweating-after-run-not-flag", "I was sweating after my run but the back felt fine") { Flags = [] },

        // Accidents and falls; coughing blood; new breathlessness on effort.
        new("fall-off-bike", "fell off my bike on sunday and now my upper back is killing me") { Flags = [MajorTrauma] },
        new("car-accident", "I was in a car accident last week, the pain started after that") { Flags = [MajorTrauma] },
        new("slipped-landed-on-back", "slipped on ice and landed on my back") { Flags = [MajorTrauma] },
        new("came-off-ladder", "Came off the ladder clearing the gutters on Saturday") { Flags = [MajorTrauma] },
        new("pain-after-a-fall", "pain has been bad since a fall at work on friday") { Flags = [MajorTrauma] },
        new("down-the-stairs", "Took a tumble down the stairs, pain has been worse since") { Flags = [MajorTrauma] },
        new("coughed-some-blood", "coughed up some blood this morning") { Flags = [OtherEmergency] },
        new("blood-when-coughing", "there was blood when I coughed") { Flags = [OtherEmergency] },
        new("bloody-phlegm", "bit of bloody phlegm since the weekend") { Flags = [OtherEmergency] },
        new("stairs-out-of-breath", "I get out of breath climbing the stairs now which is new") { Flags = [BreathingDifficulty] },
        new("winded-hill", "completely winded walking up the hill to work") { Flags = [BreathingDifficulty] },
        new("puffed-out", "puffed out just going upstairs, never used to be") { Flags = [BreathingDifficulty] },
    ];
}
