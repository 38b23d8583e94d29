using System.Text.RegularExpressions;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Safety;

/// <summary>Wording a safety review found missing: common typos, idioms, stroke signs and other emergencies.</summary>
/// <remarks>
/// Present difficulty said with a negation ("not able to breathe", "haven't been able to breathe") is matched
/// from the negation on, so the negation check never reads it as "no trouble breathing".
/// </remarks>
internal static partial class RedFlagTerms
{
    private static (RedFlag Key, Regex Pattern)[] Extra() =>
    [
        (RedFlag.ChestPain, ChestPainMore().Needs("chest", "chset", "chets", "cehst", "chesr")),
        (RedFlag.NumbnessTingling, NumbnessMore().Needs("num", "pin", "dead", "sleep")),
        (RedFlag.Weakness, WeaknessMore().Needs("lift", "raise", "hold", "grip", "pick", "jelly")),
        (RedFlag.BreathingDifficulty, BreathingMore().Needs("breath")),
        (RedFlag.BladderBowel, BladderBowelMore().Needs("myself", "feel")),
        (RedFlag.FeverInfection, FeverMore().Needs("temp", "shivery", "feverish", "hot")),
        (RedFlag.MajorTrauma, TraumaMore().Needs("into", "hit", "struck")),
        (RedFlag.CancerOrWeightLoss, CancerMore().Needs("lump", "growth", "kg", "kilo", "lb", "pound", "stone", "weight")),
        (RedFlag.HeartSymptoms, HeartMore().Needs("pass", "faint", "pulse", "heart")),
        (RedFlag.NightPain, NightPainMore().Needs("nothing")),
        (RedFlag.StrokeSigns, StrokeSigns().Needs("stroke", "tia", "droop", "sagg", "dropped", "lopsided", "slurr", "confused", "speak", "talk", "words")),
        (RedFlag.OtherEmergency, OtherEmergency().Needs("blood", "vision", "double", "swollen", "hot")),
    ];

    [GeneratedRegex(@"\b(?:chest|chset|chets|cehst|chesr)\s+(?:pian|pani|paim|pin|pains?)\b|\bchset\b|\bchest\s+(?:is\s+|was\s+)?killing\s+me\b|\belephant\b(?:\s+[a-z']+){0,5}?\s+(?:on|in)\s+(?:my|his|her|their|your)\s+chest\b|\b(?:sitting|sat|standing|pressing|pushing)\s+on\s+(?:my|his|her|their|your)\s+chest\b|\b(?:pains?|ache|aching|pressure|tightness|hurts?|hurting|sore)\s+(?:[a-z']+\s+){0,3}?(?:in|on|at|across)\s+the\s+(?:middle|centre|center|left\s+side|right\s+side|front)\s+of\s+(?:my|the)\s+chest\b", Options, Timeout)]
    private static partial Regex ChestPainMore();

    [GeneratedRegex(@"\b(?:numbnes|numbess|numness|numbnss|numbmess|numbnesss|numbnness|numbe?s+)\b|\bpins?\s*(?:and|&|\+|n'?|an)\s*ne+d(?:les|els|ls|eles|dles|les)\b|\b(?:arms?|hands?|fingers?|legs?|feet|foot|thumbs?)\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|keeps?\s+|kept\s+)?(?:gone|going|went|goes|go)\s+dead\b|\b(?:arms?|hands?|fingers?|legs?|feet|foot|thumbs?)\s+(?:[a-z']+\s+){0,2}?(?:going|goes|went|gone|go|falling|falls|fell|fallen)\s+(?:to\s+sleep|asleep)\b", Options, Timeout)]
    private static partial Regex NumbnessMore();

    [GeneratedRegex(@"\b(?:can't|cannot|can\s+not|couldn't|unable\s+to|not\s+able\s+to)\s+(?:lift|raise|hold|grip|pick\s+up)\s+(?:up\s+)?(?:a\s+|(?:my|his|her|their|your)\s+|the\s+|onto\s+)?(?:[a-z]+\s+)?(?:cups?|mugs?|glass(?:es)?|pens?|forks?|spoons?|kettle|bottles?|jars?|things?|anything|arms?|hands?|phone)\b|\b(?:arms?|legs?|knees?|hands?)\s+(?:[a-z']+\s+){0,2}?(?:like\s+)?jelly\b", Options, Timeout)]
    private static partial Regex WeaknessMore();

    [GeneratedRegex(@"\b(?:not\s+able\s+to|unable\s+to|(?:haven't|hasn't|havent|hasnt)\s+been\s+able\s+to|(?:don't|dont)\s+think\s+i\s+can|can't|cannot|can\s+not|couldn't)\s+(?:[a-z']+\s+){0,2}?breathe?\b", Options, Timeout)]
    private static partial Regex BreathingMore();

    [GeneratedRegex(@"\b(?:peed|pee'd|weed|wee'd|pissed|pooed|poo'd|pooped|poop'd|shat|soiled|wet)\s+myself\b|\b(?:can't|cannot|can\s+not|couldn't)\s+feel\s+(?:anything\s+)?(?:down\s+there|(?:my|his|her|their|your)\s+(?:bum|bottom|groin|privates|genitals))\b", Options, Timeout)]
    private static partial Regex BladderBowelMore();

    [GeneratedRegex(@"\b(?:high|running\s+a|had\s+a|got\s+a|have\s+a|with\s+a)\s+(?:high\s+)?temp\b|\btemp\s+(?:of\s+|is\s+|was\s+)?\d|\bshivery\b|\bfeverish\b|\bhot\s+and\s+cold\b|\bcold\s+and\s+hot\b", Options, Timeout)]
    private static partial Regex FeverMore();

    [GeneratedRegex(@"\b(?:drove|driven|crashed|slammed|smashed|reversed|backed|ploughed|plowed)\s+into\s+(?:the\s+(?:back|side|front)\s+of\s+)?(?:me|us|my|our)\b|\b(?:hit|struck)\s+by\s+(?:a|the|another)\s+(?:car|van|lorry|truck|bus|bike|cyclist|motorbike|vehicle)\b", Options, Timeout)]
    private static partial Regex TraumaMore();

    [GeneratedRegex(@"\blumps?\b(?!\s+(?:sum|of\s+sugar|in\s+(?:my|his|her|their|your)\s+throat))|\b(?:a|the)\s+growth\b|\b(?:dropped|lost|shed|down)\s+(?:[a-z]+\s+){0,2}?\d+(?:[.,]\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds|stone)\b|\blos(?:t|ing)\s+weight\b", Options, Timeout)]
    private static partial Regex CancerMore();

    [GeneratedRegex(@"\bpass\s+out\b|\bgoing\s+to\s+faint\b|\b(?:pulse|heart\s*beat|heart)\s+(?:is\s+|was\s+|has\s+been\s+|feels\s+)?(?:all\s+over\s+the\s+place|irregular|erratic|jumping|all\s+over|skipping|through\s+the\s+roof|(?:very|really|so)\s+fast)\b", Options, Timeout)]
    private static partial Regex HeartMore();

    [GeneratedRegex(@"\bnothing\s+(?:helps|helped|works|worked|eases\s+(?:it|the\s+pain)|touches\s+(?:it|the\s+pain))\b", Options, Timeout)]
    private static partial Regex NightPainMore();

    [GeneratedRegex(@"(?<!\b(?:heat|swim\w*|swimming|back|breast|brush|master|golf|paddle|key|keyboard|pen|tennis|rowing|brush)\s+)\b(?:mini[- ])?strokes?\b(?!\s+of\s+(?:luck|genius|midnight))|\b(?:a|had\s+a|mini)\s+tia\b|\b(?:face|mouth|lip|eye|eyelid)\s+(?:is\s+|has\s+|was\s+|went\s+|feels\s+)?(?:droop\w*|sagg\w*|dropped|lopsided)\b|\bdroop\w*\s+(?:face|mouth|eye|eyelid|lip)\b|\bslurr\w*|\b(?:felt|feel|feeling|feels|got|getting|been|became|become|suddenly|very|really|so)\s+(?:[a-z]+\s+)?confused\b(?!\s+(?:about|by|with|as\s+to|which|what|how|whether|if))|\b(?:can't|cannot|can\s+not|couldn't|unable\s+to|not\s+able\s+to|struggl\w*\s+to)\s+(?:speak|talk)\s+(?:properly|clearly|normally|right|straight)\b|\b(?:can't|cannot|couldn't|struggl\w*\s+to)\s+(?:get\s+(?:(?:my|his|her|their|your)\s+)?words\s+out|find\s+(?:the\s+|(?:my|his|her|their|your)\s+)?words)\b|\b(?:trouble|difficulty)\s+(?:speaking|talking)\b|\bwords\s+(?:are\s+|were\s+|came\s+out\s+|coming\s+out\s+)?(?:jumbled|slurred|garbled)\b", Options, Timeout)]
    private static partial Regex StrokeSigns();

    [GeneratedRegex(@"\bcough\w*\s+(?:up\s+)?blood\b|\bblood\s+in\s+(?:(?:my|his|her|their|your)\s+)?(?:cough|sputum|phlegm|spit)\b|\b(?:blurr(?:y|ed)|double|sudden\s+loss\s+of|loss\s+of|lost\s+(?:(?:my|his|her|their|your)\s+)?)\s+vision\b|\bseeing\s+double\b|\bswollen\s*,?\s*(?:and\s+)?(?:red|hot|warm)\b|\b(?:red|hot|warm)\s*,?\s*(?:and\s+)?swollen\b|\bred\s+and\s+hot\b|\bhot\s+and\s+red\b", Options, Timeout)]
    private static partial Regex OtherEmergency();
}
