using System.Text.RegularExpressions;
using PainDrip.Core.Intake;

namespace PainDrip.Core.Replies;

/// <summary>Triggers and areas a reply mentions, so lesson choice can follow what the person writes about.</summary>
/// <remarks>Any mention counts, negated or not: a wrong guess only changes which lesson comes next.</remarks>
internal static partial class MentionReader
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly (Trigger Key, Regex Pattern)[] TriggerTerms =
    [
        (Trigger.DeskPosture, Desk().Needs("desk", "computer", "laptop", "screen", "monitor", "keyboard", "mouse", "office", "typing", "sitting", "work", "wfh", "zoom", "spreadsheet")),
        (Trigger.PhoneUse, Phone().Needs("phone", "texting", "scrolling", "tablet", "ipad", "looking")),
        (Trigger.Sleep, Sleep().Needs("sleep", "slept", "pillow", "mattress", "bed", "woke", "wak")),
        (Trigger.Lifting, Lifting().Needs("lift", "carr", "picked", "picking", "heavy", "moving", "shopping")),
        (Trigger.SportsExercise, Sport().Needs("gym", "run", "jog", "swim", "tennis", "golf", "climbing", "yoga", "pilates", "cycling", "bike", "rowing", "work", "weights", "bench", "crossfit", "ball", "soccer", "badminton", "squash", "padel", "boxing", "sport", "hiking", "skiing", "push", "pull")),
        (Trigger.Stress, Stress().Needs("stress", "anxi", "deadline", "pressure", "worried", "overwhelmed", "tense", "burn")),
        (Trigger.RepetitiveWork, Repetitive().Needs("repetitive", "same", "assembly", "painting", "hairdress", "cutting", "sewing", "knitting", "gardening", "digging", "raking", "scrubbing", "vacuuming", "hoovering", "chopping", "cashier", "till", "playing", "factory", "warehouse", "packing")),
    ];

    private static readonly (Area Key, Regex Pattern)[] AreaTerms =
    [
        (Area.BetweenShoulderBlades, BetweenBlades().Needs("shoulder", "rhomboid", "scapula")),
        (Area.UpperBack, UpperBack().Needs("back", "thoracic")),
        (Area.Neck, Neck().Needs("neck")),
        (Area.Shoulder, Shoulder().Needs("shoulder")),
        (Area.ChestFront, ChestFront().Needs("chest", "pec", "breastbone", "sternum", "collar")),
        (Area.ArmHand, ArmHand().Needs("arm", "hand", "wrist", "elbow", "finger", "thumb", "bicep", "tricep")),
    ];

    public static HashSet<Trigger> Triggers(ReplyText text) => Mentioned(text, TriggerTerms);

    public static HashSet<Area> Areas(ReplyText text) => Mentioned(text, AreaTerms);

    private static HashSet<T> Mentioned<T>(ReplyText text, (T Key, Regex Pattern)[] terms)
    {
        var found = new HashSet<T>();
        foreach (var (key, pattern) in terms)
        {
            if (pattern.IsMatchFiltered(text.Text))
            {
                found.Add(key);
            }
        }
        return found;
    }

    [GeneratedRegex(@"\bdesks?\b|\bcomputers?\b|\blaptops?\b|\bscreens?\b|\bmonitors?\b|\bkeyboards?\b|\bmouse\b|\boffice\s+chair\b|\btyping\b|\bsitting\s+(?:all\s+day|for\s+hours|at\s+work|too\s+long)\b|\bwork(?:ing)?\s+from\s+home\b|\bwfh\b|\bzoom\s+calls?\b|\bspreadsheets?\b", Options, Timeout)]
    private static partial Regex Desk();

    [GeneratedRegex(@"(?<!head)\b(?:smart)?phones?\b(?!\s+calls?\b)|\btexting\b|\bscrolling\b|\btablets?\b(?<!\b\d+\s+tablets?)|\bipad\b|\blooking\s+down\b", Options, Timeout)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\bsleep\w*|\basleep\b|\bslept\b|\bpillows?\b|\bmattress\w*|\bin\s+bed\b|\bwoke\s+up\b|\bwak(?:e|ing)\s+up\b|\bnight's\s+sleep\b|\bsleeping\s+position\b", Options, Timeout)]
    private static partial Regex Sleep();

    [GeneratedRegex(@"\blift(?:ing|ed|s)?\b|\bcarr(?:y|ying|ied)\b|\bpicked\s+up\b|\bpicking\s+up\b|\bheavy\s+(?:bags?|boxes|box|shopping|suitcase)\b|\bmoving\s+house\b|\bshopping\s+bags\b|\bdeadlifts?\b", Options, Timeout)]
    private static partial Regex Lifting();

    [GeneratedRegex(@"\bgym\b|\brunning\b|\bwent\s+for\s+a\s+run\b|\bjog\w*|\bswim\w*|\btennis\b(?!\s+balls?)|\bgolf\w*|\bclimbing\b|\byoga\b|\bpilates\b|\bcycling\b|\bbike\s+ride\b|\browing\b|\bwork(?:ing)?\s*outs?\b|\bweights\b|\bbench\s+press\w*|\bcrossfit\b|\bfootball\b|\bsoccer\b|\bbasketball\b|\bvolleyball\b|\bbadminton\b|\bsquash\b|\bpadel\b|\bboxing\b|\bsports?\b|\bhiking\b|\bskiing\b|\bpush-?ups\b|\bpull-?ups\b", Options, Timeout)]
    private static partial Regex Sport();

    [GeneratedRegex(@"\bstress\w*|\banxi\w*|\banxious\b|\bdeadlines?\b|\bpressure\s+at\s+work\b|\bwork\s+pressure\b|\bworried\b|\boverwhelmed\b|\btense\b|\bburn(?:ed|t)?\s*out\b", Options, Timeout)]
    private static partial Regex Stress();

    [GeneratedRegex(@"\brepetitive\b|\bsame\s+(?:motion|movement)\b|\bassembly\s+line\b|\bpainting\b|\bhairdress\w*|\bcutting\s+hair\b|\bsewing\b|\bknitting\b|\bgardening\b|\bdigging\b|\braking\b|\bscrubbing\b|\bvacuuming\b|\bhoovering\b|\bchopping\b|\bcashier\b|\btill\b(?=\s+at\s+work)|\bplaying\s+(?:the\s+)?(?:guitar|violin|piano|cello|drums)\b|\bfactory\b|\bwarehouse\b|\bpacking\b", Options, Timeout)]
    private static partial Regex Repetitive();

    [GeneratedRegex(@"\bshoulder\s*blades?\b|\bbetween\s+(?:my|the)\s+shoulders\b|\brhomboids?\b|\bscapula\w*", Options, Timeout)]
    private static partial Regex BetweenBlades();

    [GeneratedRegex(@"\bupper\s+back\b|\bmid(?:dle)?[- ]?back\b|\bmiddle\s+of\s+my\s+back\b|\bthoracic\b", Options, Timeout)]
    private static partial Regex UpperBack();

    [GeneratedRegex(@"\bnecks?\b(?!\s+of\s+the\s+woods)", Options, Timeout)]
    private static partial Regex Neck();

    [GeneratedRegex(@"\bshoulders?\b(?!\s*blades?)", Options, Timeout)]
    private static partial Regex Shoulder();

    [GeneratedRegex(@"\bchest\b(?!\s+(?:stretch|opener)\w*)|\bpecs?\b|\bpectorals?\b|\bbreastbone\b|\bsternum\b|\bcollar\s*bones?\b", Options, Timeout)]
    private static partial Regex ChestFront();

    [GeneratedRegex(@"\barms?\b(?!\s+circles?)|\bforearms?\b|\bhands?\b(?<!\bother\s+hand)|\bwrists?\b|\belbows?\b|\bfingers?\b|\bthumbs?\b|\bbiceps?\b|\btriceps?\b", Options, Timeout)]
    private static partial Regex ArmHand();
}
