using PainDrip.Core.Intake;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Replies;

public sealed partial class ReplyReaderTests
{
    private static IEnumerable<ReplyCase> IntentCases =>
    [
        new("unsubscribe", "Please unsubscribe me.") { Stop = true },
        new("bare-stop", "STOP") { Stop = true },
        new("stop-emailing", "stop emailing me please, I'm fine now") { Stop = true },
        new("remove-me", "Remove me from this list") { Stop = true },
        new("pain-stopped", "The pain stopped after the second week!") { Stop = false, Pause = false },
        new("dont-unsubscribe", "Please don't unsubscribe me, I just changed my email address") { Stop = false },
        new("holiday", "I'm on holiday for two weeks from Friday, can we pause?") { Pause = true, Question = true, Stop = false },
        new("busy-week", "Busy week at work, skip this week please") { Pause = true },
        new("away-until", "Away until the 20th, will pick up after") { Pause = true },
        new("can-i", "Can I do the stretches twice a day") { Question = true },
        new("is-it-ok-gym", "is it ok to go back to the gym") { Question = true, Triggers = [Trigger.SportsExercise] },
        new("thanks-only", "Thanks, that's all.") { Question = false, Stop = false, Pause = false, Flags = [] },
        new("flare-gardening", "Had a flare-up on Sunday after gardening") { Flare = true, Trend = Trend.Worse, Triggers = [Trigger.RepetitiveWork] },
        new("locked-up", "My back locked up again this morning, could barely turn") { Flare = true },
        new("no-flares", "No flare-ups this week :) 2/10") { Flare = false, Score = 2 },
        new("spasm-back", "The spasm came back when I lifted my toddler out of the bath") { Flare = true, Triggers = [Trigger.Lifting] },
        new("did-every-day", "I did the exercises every day, even on Sunday") { Adherence = Did.Yes },
        new("havent-done", "Haven't done them this week, sorry. Work.") { Adherence = Did.No },
        new("didnt-do", "Didn't do the exercises because of a work trip") { Adherence = Did.No },
        new("forgot", "I forgot most days to be honest") { Adherence = Did.No },
        new("arm-circles", "I'm doing the arm circles every morning, the slow ones.") { Adherence = Did.Yes, Areas = [] },
        new("skipped-days", "Got a cold this week so I skipped a couple of days, 3ish") { Adherence = Did.No, Score = 3 },
        new("no-adherence-said", "Pain 4, nothing else to report") { Adherence = Did.Unknown, Score = 4 },
        new("squeezes-at-desk", "Been doing the shoulder blade squeezes at my desk every hour")
        {
            Adherence = Did.Yes, Triggers = [Trigger.DeskPosture], Areas = [Area.BetweenShoulderBlades],
        },
    ];

    private static IEnumerable<ReplyCase> MentionCases =>
    [
        new("pillow-monitor", "The new pillow helps and I've moved my monitor up")
        {
            Trend = Trend.Better, Triggers = [Trigger.Sleep, Trigger.DeskPosture],
        },
        new("neck-phone", "Neck is stiff after long evenings on my phone") { Areas = [Area.Neck], Triggers = [Trigger.PhoneUse] },
        new("shoulder-arm", "Pain has moved into my right shoulder and down my arm a bit")
        {
            Areas = [Area.Shoulder, Area.ArmHand], Flags = [],
        },
        new("warehouse", "Lifting boxes at the warehouse set it off") { Triggers = [Trigger.Lifting, Trigger.RepetitiveWork] },
        new("stress", "Work stress is through the roof, deadlines everywhere") { Triggers = [Trigger.Stress] },
        new("running", "Started running again, 5k on Saturday felt ok") { Triggers = [Trigger.SportsExercise], Score = None },
        new("chest-front-area", "Tight across the pecs after the weekend, the stretch helps") { Areas = [Area.ChestFront], Flags = [] },
    ];
}
