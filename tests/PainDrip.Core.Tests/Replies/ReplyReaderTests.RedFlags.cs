using PainDrip.Core.Replies;
using PainDrip.Core.Safety;
using static PainDrip.Core.Safety.RedFlag;

namespace PainDrip.Core.Tests.Replies;

public sealed partial class ReplyReaderTests
{
    private static IEnumerable<ReplyCase> TrendCases =>
    [
        new("not-better-maybe-worse", "Not better, honestly. Maybe a bit worse.") { Trend = Trend.Worse },
        new("not-better", "not better yet") { Trend = Trend.Same },
        new("no-worse", "No worse than last week at least") { Trend = Trend.Same },
        new("much-better", "So much better!! Thank you") { Trend = Trend.Better },
        new("about-same", "About the same really, 5/10.") { Trend = Trend.Same, Score = 5 },
        new("not-as-bad", "It's not as bad as before") { Trend = Trend.Better },
        new("mixed", "Better in the mornings but worse by the evening") { Trend = Trend.Same },
        new("question-not-trend", "Will it ever get better?") { Trend = Trend.Unknown, Question = true },
        new("improved", "Things have improved a lot since the tennis ball lesson.") { Trend = Trend.Better },
        new("hasnt-changed", "hasn't changed much tbh") { Trend = Trend.Same },
        new("hurts-more", "Hurts more after work, especially on Thursdays.") { Trend = Trend.Worse },
        new("better-pillow-not-trend", "Bought a better pillow on Saturday.") { Trend = Trend.Unknown, Triggers = [PainDrip.Core.Intake.Trigger.Sleep] },
    ];

    private static IEnumerable<ReplyCase> RedFlagCases =>
    [
        new("no-apostrophe-breathe", "I cant breathe properly when I lie down") { Flags = [BreathingDifficulty] },
        new("no-apostrophe-negation", "it doesnt hurt when I breathe in any more, 2/10") { Flags = [], Score = 2 },
        new("hand-funny-heavy", "my hand feels funny and heavy") { Flags = [NumbnessTingling, Weakness] },
        new("clammy", "I feel sick and clammy with the back pain") { Flags = [HeartSymptoms] },
        new("pain-on-breathing-in", "sharp pain between my shoulder blades when I breathe in") { Flags = [BreathingDifficulty] },
        new("tingling-arm", "My left arm has been tingling since yesterday.") { Flags = [NumbnessTingling] },
        new("mixed-numbness-chest", "no numbness but my chest feels tight") { Flags = [ChestPain] },
        new("negated-list", "No numbness, tingling or weakness this week. 3/10.") { Flags = [], Score = 3 },
        new("without-any", "I can lift the kettle without any tingling now") { Flags = [] },
        new("resolved", "The numbness in my fingers is gone, pain about 3") { Flags = [], Score = 3 },
        new("resolved-then-new", "The numbness is gone but I still get pins and needles at night") { Flags = [NumbnessTingling] },
        new("no-longer-breathless", "I'm no longer short of breath when I do the stretches") { Flags = [] },
        new("never-had", "Never had chest pain, just the knot under my shoulder blade.") { Flags = [] },
        new("asked-numbness", "Should I worry about the numbness in my hand?") { Flags = [NumbnessTingling], Question = true },
        new("asked-tingling", "Is it normal to feel tingling after the tennis ball") { Flags = [NumbnessTingling], Question = true },
        new("dropping-cup", "Keep dropping my coffee cup, my right hand feels clumsy") { Flags = [Weakness, BalanceLoss] },
        new("weak-grip", "my grip feels weak when I open jars") { Flags = [Weakness] },
        new("out-of-breath", "Got a bit out of breath on the stairs, is that related?") { Flags = [BreathingDifficulty], Question = true },
        new("fever-chills", "I had a fever and chills over the weekend so I skipped the exercises") { Flags = [FeverInfection], Adherence = Did.No },
        new("no-fever", "No fever. Just tired.") { Flags = [] },
        new("slipped-ice", "Slipped on the ice on Saturday and landed on my back") { Flags = [MajorTrauma] },
        new("fell-asleep", "I fell asleep on the sofa in a weird position, stiff neck today") { Flags = [], Triggers = [PainDrip.Core.Intake.Trigger.Sleep] },
        new("rear-ended", "Was rear-ended at a red light on Tuesday, neck is sore") { Flags = [MajorTrauma] },
        new("weight-loss", "I've lost about 6 kg without trying, not sure why") { Flags = [CancerOrWeightLoss] },
        new("cancer-history", "My mum had cancer so I'm a bit paranoid about all this") { Flags = [CancerOrWeightLoss] },
        new("worst-headache", "Worst headache of my life last night, came on out of nowhere") { Flags = [SevereHeadache] },
        new("ordinary-headache", "Usual tension headache after work, nothing new.") { Flags = [] },
        new("heart-racing", "My heart has been racing at random times this week") { Flags = [HeartSymptoms] },
        new("jaw", "the ache spreads up into my jaw when I walk uphill") { Flags = [HeartSymptoms] },
        new("night-pain", "Pain wakes me up every night, doesn't matter how I lie") { Flags = [NightPain] },
        new("balance", "I've lost my balance a couple of times on the stairs") { Flags = [BalanceLoss] },
        new("bladder", "Lost control of my bladder yesterday, embarrassing to say") { Flags = [BladderBowel] },
        new("chest-and-heart", "My chest is tight and my heart is pounding.") { Flags = [ChestPain, HeartSymptoms] },
        new("all-negated", "No chest pain, no shortness of breath, no tingling.") { Flags = [] },
        new("negated-then-present", "I don't have numbness, I do have tingling in my thumb") { Flags = [NumbnessTingling] },
        new("hedged", "I'm not sure if it's numbness or just cold hands") { Flags = [NumbnessTingling] },
        new("never-until", "I never had numbness until this week") { Flags = [NumbnessTingling] },
        new("stopped-came-back", "The tingling stopped on Monday but came back this morning") { Flags = [NumbnessTingling] },
        new("not-worried", "Not worried about the numbness, it comes and goes") { Flags = [NumbnessTingling] },
        new("form-answers", "Numbness: none\nTingling: none\nChest: fine\nPain 2/10") { Flags = [], Score = 2 },
        new("weak-back-muscles", "Like the lesson said, my back muscles are weak, so I'm working on them") { Flags = [] },
        new("hurts-to-breathe", "It hurts to take a deep breath today.") { Flags = [BreathingDifficulty] },
        new("deep-breath-fine", "Deep breaths are fine now and the knot is softer.") { Flags = [] },
        new("bumped-head", "bumped my head on the cupboard door, nothing dramatic") { Flags = [MajorTrauma] },
        new("dizzy", "Feeling dizzy when I stand up quickly") { Flags = [BalanceLoss] },
        new("constant-night", "constant pain even at night, nothing eases it") { Flags = [NightPain] },
        new("no-fever-list", "no fever, chills or night sweats, just the usual ache") { Flags = [] },
        new("no-fever-and-chest", "No fever and my chest hurts when I lie down") { Flags = [ChestPain] },
        new("gone-now-clause", "Had pins and needles in my hand for a day, all gone now") { Flags = [] },
        new("typing-numb", "My hand went numb while typing yesterday") { Flags = [NumbnessTingling], Triggers = [PainDrip.Core.Intake.Trigger.DeskPosture] },
        new("asked-chest", "Is chest pain a red flag? I don't have any, just curious") { Flags = [ChestPain], Question = true },
        new("chest-stretch", "The door frame chest stretch felt amazing.") { Flags = [] },
        new("passed-out", "I passed out in the kitchen on Sunday, probably nothing") { Flags = [HeartSymptoms] },
        new("night-sweats", "Woke up drenched in sweat twice this week") { Flags = [FeverInfection] },
        new("benign-week", "Hi! Week 2 done. Pain about 3/10, did the squeezes most days. The heat pack helps a lot.")
        {
            Flags = [], Score = 3, Trend = Trend.Better, Adherence = Did.Yes, Question = false,
        },
        new("benign-pecs", "The door frame stretch is hard, my pecs are so tight. Pain 4.") { Flags = [], Score = 4 },
        new("benign-gym-soreness", "Sore after the gym yesterday but it's muscle soreness, not the usual pain.") { Flags = [] },
    ];
}
