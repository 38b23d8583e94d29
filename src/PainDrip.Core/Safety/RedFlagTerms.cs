using System.Text.RegularExpressions;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Safety;

/// <summary>The words people use for each red flag, matched against lower-case text with plain apostrophes.</summary>
/// <remarks>Deliberately broad: a false alarm costs one human look, a miss is the worst failure.</remarks>
internal static partial class RedFlagTerms
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Every red flag with the pattern of its words.</summary>
    public static IReadOnlyList<(RedFlag Key, Regex Pattern)> All { get; } = [.. Core(), .. Extra(), .. Spreading()];

    private static (RedFlag Key, Regex Pattern)[] Core() =>
    [
        (RedFlag.ChestPain, ChestPain().Needs("chest", "breastbone", "sternum")),
        (RedFlag.NumbnessTingling, NumbnessTingling().Needs("numb", "tingl", "needles", "feel", "sensation", "dead", "electric", "shooting", "funny", "weird", "strange", "odd")),
        (RedFlag.Weakness, Weakness().Needs("weak", "drop", "grip", "lift", "raise", "hold", "giv", "gave", "strength", "heavy", "useless", "dead", "floppy")),
        (RedFlag.BreathingDifficulty, BreathingDifficulty().Needs("breath", "wheez", "gasping", "inhale")),
        (RedFlag.BladderBowel, BladderBowel().Needs("bladder", "bowel", "incontinen", "wet", "soiled", "pee", "urinat", "wee", "poo", "saddle", "numb", "leak", "accident")),
        (RedFlag.FeverInfection, FeverInfection().Needs("fever", "febrile", "chill", "shiver", "temperature", "infect", "sweat", "flu", "abscess", "sepsis", "38", "39", "10")),
        (RedFlag.MajorTrauma, MajorTrauma().Needs("fell", "fall", "tumble", "accident", "crash", "collision", "rear", "whiplash", "hit", "knocked", "came", "slipped", "tripped", "head", "concussion", "injur", "broke", "fracture")),
        (RedFlag.CancerOrWeightLoss, CancerOrWeightLoss().Needs("cancer", "tumo", "chemo", "radiotherapy", "radiation", "oncolog", "lymphoma", "leuk", "melanoma", "myeloma", "metasta", "malignan", "weight", "los")),
        (RedFlag.SevereHeadache, SevereHeadache().Needs("head", "migraine", "thunderclap")),
        (RedFlag.HeartSymptoms, HeartSymptoms().Needs("palpitation", "heart", "angina", "pulse", "jaw", "arm", "pass", "faint", "black", "clammy", "sweat")),
        (RedFlag.NightPain, NightPain().Needs("night", "pain", "wake", "keep", "kept", "never", "position")),
        (RedFlag.BalanceLoss, BalanceLoss().Needs("balance", "unsteady", "feet", "clums", "dizz", "vertigo", "headed", "walking", "stumbl", "straight", "keep")),
    ];

    [GeneratedRegex(@"\bchest\s+(?:wall\s+)?(?:pains?|tightness|pressure|heaviness|discomfort|aches?|aching|hurts?|hurting|soreness|tight|heavy)\b|\b(?:pains?|pressure|tightness|heaviness|discomfort|ache|aching|squeezing|crushing|tight|heavy|sore|hurts?|hurting|burning|stabbing)\s+(?:[a-z']+\s+){0,3}?(?:in|on|across|around|at|into|to|through|under)\s+(?:the\s+)?(?:front\s+of\s+)?(?:(?:my|his|her|their|your)\s+|the\s+)?(?:chest|breastbone|sternum)\b|\b(?:tight|heavy|sore|painful|crushing|aching|achy)\s+chest\b|\bchest\s+(?:muscles?\s+)?(?:feels?|is|was|got|gets|getting|are|has\s+been|felt|been|feeling|still)\s+(?:(?:very|really|a|bit|quite|so|super|kind|of|kinda|little|rather|extremely|pretty|still|also|too)\s+)*(?:tight|heavy|sore|painful|achy|funny|weird|strange|hurting|compressed|squeezed|constricted|burning)\b|\bchest\s*[:=-]\s*(?:tight|sore|pain|painful|heavy|pressure|bad|hurts)\b|\b(?:breastbone|sternum)\s+(?:pain|hurts|aches|sore)\b", Options, Timeout)]
    private static partial Regex ChestPain();

    [GeneratedRegex(@"\bnumb(?:ness|ed|ing)?\b|\btingl\w*|\bpins\s*(?:and|&|n'?)\s*needles\b|\bpins-and-needles\b|\b(?:loss\s+of|lost\s+(?:the\s+|all\s+)?|losing\s+(?:the\s+)?)(?:feeling|sensation)\b|\bno\s+(?:feeling|sensation)\s+in\b|\b(?:can't|cannot|can\s+not|couldn't)\s+feel\s+(?:(?:my|his|her|their|your)\s+)?(?:fingers?|hands?|arms?|legs?|feet|foot|toes?|fingertips)\b|\bdead\s+(?:arm|hand|fingers?|leg)\b|\belectric(?:al)?\s+shocks?\b|\bshooting\s+(?:pains?\s+)?down\s+(?:(?:my|his|her|their|your)\s+)?(?:arm|leg)|\b(?:arms?|hands?|fingers?|legs?|feet|foot)\s+(?:feels?|felt|feeling|going|goes|went|is|are)\s+(?:[a-z']+\s+){0,2}?(?:funny|weird|strange|odd)\b", Options, Timeout)]
    private static partial Regex NumbnessTingling();

    [GeneratedRegex(@"(?<!\b(?:back|core|glutes?|muscles?|posture)\s+(?:(?:are|is|feel|feels|felt|were|was|so|quite|very|a|bit|pretty|really|too|still)\s+){0,3})\bweak(?:ness|er|ened|ening)?\b(?!\s+(?:back|core|posture|glutes?|muscles?|spot|link|moment|point|coffee|tea|areas?)\b)|\bdrop(?:ping|ped|s)?\s+(?:things|stuff|everything|objects|(?:(?:my|his|her|their|your)\s+|the\s+|a\s+)?(?:[a-z]+\s+)?(?:cups?|mugs?|phone|keys|glass(?:es)?|pens?|forks?|plates?|bottles?|kettle|toothbrush))\b|\b(?:lost|losing|no|poor|weak)\s+(?:(?:my|his|her|their|your)\s+)?grip\b|\bgrip\s+(?:is\s+|has\s+)?(?:weak|gone|bad|poor|failing|going)\b|\b(?:can't|cannot|can\s+not|couldn't|unable\s+to)\s+(?:lift|raise|hold|grip)\s+(?:up\s+)?(?:(?:my|his|her|their|your)\s+)?(?:arm|hand|cup|mug|anything|kettle)\b|\b(?:arm|hand|leg)s?\s+(?:gave|giving|gives|give)\s+(?:out|way)\b|\bno\s+strength\s+in\b|\b(?:arms?|hands?|legs?)\s+(?:feels?|felt|is|are|feeling|going)\s+(?:[a-z]+\s+){0,3}?(?:heavy|weak|useless|dead|floppy)\b", Options, Timeout)]
    private static partial Regex Weakness();

    [GeneratedRegex(@"\bshort(?:ness)?\s+of\s+breath\b|\bbreathless\w*|\bout\s+of\s+breath\b|\bcatch\s+(?:my|his|her|their|your)\s+breath\b|\bwheez\w*|\bgasping\b|\b(?:can't|cannot|can\s+not|couldn't|could\s+not|struggl\w*\s+to|hard\s+to|difficult\s+to|trouble|difficulty|problems?|hard\s+time|struggling|painful\s+to|hurts?\s+to|hurts?\s+when\s+i|pain\s+(?:when|while|on)(?:\s+i)?)\s+(?:[a-z']+\s+){0,3}?breath(?:e|ing|s)?\b|\bbreathing\s+(?:is\s+|has\s+been\s+|feels\s+)?(?:difficult|hard|laboured|labored|painful|shallow|tight|restricted)\b|\b(?:can't|cannot|couldn't)\s+get\s+(?:a\s+)?(?:full|deep)\s+breath\b|\b(?:pain|painful|hurts?|hurting|sore|sharp|stabbing|aches?|aching)\b(?:\s+[a-z']+){0,6}?\s+(?:when|while|if|as)\s+(?:i|he|she|they)\s+(?:breathes?|inhales?|takes?\s+(?:a\s+)?(?:deep\s+|big\s+)?breaths?)\b", Options, Timeout)]
    private static partial Regex BreathingDifficulty();

    [GeneratedRegex(@"\bbladder\b|\bbowels?\b|\bincontinen\w*|\bwet(?:ting)?\s+(?:myself|the\s+bed)\b|\bsoiled\s+myself\b|\b(?:can't|cannot|couldn't|trouble|difficulty)\s+(?:[a-z']+\s+){0,2}?(?:pee|peeing|urinat\w*|wee|weeing|poo|pooing)\b|\bsaddle\s+(?:numbness|area|anaesthesia|anesthesia)\b|\bnumb\w*\s+(?:[a-z']+\s+){0,3}?(?:groin|genitals?|bum|buttocks|between\s+(?:my|his|her|their|your)\s+legs|private\s+parts)\b|\bleak(?:ing|ed)?\s+(?:urine|pee)\b|\baccidents?\s+(?:in|with)\s+(?:(?:my|his|her|their|your)\s+)?(?:pants|underwear)\b", Options, Timeout)]
    private static partial Regex BladderBowel();

    [GeneratedRegex(@"(?<!\b(?:hay|cabin|spring|football|gold)\s+)\bfever\w*|\bfebrile\b|\bchills\b|\bshivers?\b|\bshivering\b|\b(?:high|a|running\s+a|had\s+a)\s+temperature\b|\btemperature\s+of\s+\d|\binfect\w*|\bnight\s+sweats\b|\bsweats\b|\bflu\b|\babscess\w*|\bsepsis\b|\bsweating\s+(?:a\s+lot\s+)?at\s+night\b|\b(?:drenched|soaked|soaking|pouring)\s+(?:in|with)\s+sweat\b|\b3[89](?:[.,]\d)?\s*(?:°\s*c|c|degrees)\b|\b10[0-4](?:[.,]\d)?\s*(?:°\s*f|f|degrees)\b", Options, Timeout)]
    private static partial Regex FeverInfection();

    [GeneratedRegex(@"\bfell\b(?!\s+(?:asleep|behind|apart|for|in\s+love|short|silent|quiet|ill|sick|into\s+(?:a|the|my)\s+(?:habit|routine)|out\s+of\s+(?:the\s+|(?:my|his|her|their|your)\s+)?(?:habit|routine)|off\s+the\s+wagon|through|back\s+(?:into|on|to)|on\s+hard\s+times))|\b(?:had|took)\s+a\s+(?:bad\s+|nasty\s+|big\s+|hard\s+|little\s+|small\s+)?(?:fall|tumble)\b|\bfall(?:ing)?\s+(?:down|over|off)\b|\bfallen\s+(?:down|over|off|on)\b|\b(?:car|bike|cycling|motorbike|motorcycle|road|traffic|ski|skiing|work|workplace|sports?|riding)\s+(?:accident|crash|collision)\b|\bcrashed\s+(?:my|the|a|into)\b|\bcollision\b|\brear[- ]?ended\b|\bwhiplash\b|\bhit\s+by\s+a\b|\bknocked\s+(?:off|over|down|out)\b|\bcame\s+off\s+(?:my|the|a)\s+(?:bike|horse|motorbike|bicycle)\b|\bslipped\s+(?:on|and|down)\b|\btripped\b|\b(?:hit|banged|bumped)\s+(?:my|his|her|their|your)\s+head\b|\bconcussion\b|\baccident\b(?<!\bby\s+accident)|\binjur(?:ed|y)\s+(?:in|at|during)\b|\bbroken?\s+(?:a|my)\s+(?:rib|ribs|bone|collarbone|arm|wrist)\b|\bfracture\w*", Options, Timeout)]
    private static partial Regex MajorTrauma();

    [GeneratedRegex(@"\bcancers?\b|\btumou?rs?\b|\bchemo\w*|\bradiotherapy\b|\bradiation\s+(?:therapy|treatment)\b|\boncolog\w*|\blymphoma\b|\bleuka?emia\b|\bmelanoma\b|\bmyeloma\b|\bmetasta\w*|\bmalignan\w*|\bweight\s+loss\b|\blos(?:t|ing)\s+(?:[a-z]+\s+){0,3}?(?:\d+(?:[.,]\d)?\s*)?(?:weight|kilos?|kgs?|pounds|lbs?|stone)\b", Options, Timeout)]
    private static partial Regex CancerOrWeightLoss();

    [GeneratedRegex(@"\b(?:severe|worst|terrible|awful|horrible|excruciating|blinding|splitting|crushing|sudden|intense|thunderclap|massive|agonising|agonizing|unbearable|bad|horrendous|pounding|debilitating)\s+(?:[a-z']+\s+){0,2}?(?:head\s*aches?|migraines?|head\s+pain)\b|\b(?:head\s*aches?|migraines?|head\s+pain)\s+(?:[a-z']+\s+){0,4}?(?:severe|worst|terrible|unbearable|excruciating|blinding|out\s+of\s+nowhere|came\s+on\s+suddenly|suddenly)\b|\bthunderclap\b|\bworst\s+head\w*", Options, Timeout)]
    private static partial Regex SevereHeadache();

    [GeneratedRegex(@"\bpalpitations?\b|\bheart\s+(?:is\s+|was\s+|keeps\s+|kept\s+|has\s+been\s+|started\s+)?(?:racing|pounding|fluttering|flutters|skipping|skips|skipped|beating\s+(?:really\s+|very\s+|so\s+)?(?:fast|hard|irregularly|weird|funny|strangely))\b|\b(?:racing|pounding|irregular|fluttering|fast)\s+(?:heart\s*beat|heart|pulse)\b|\bheart\s+(?:attack|problems?|condition|issues?|pain|trouble|flutter)\b|\bangina\b|\bpulse\s+(?:is\s+|was\s+)?racing\b|\bjaw\b(?:\s+[a-z']+){0,3}?\s+(?:pain|ache|aches|aching|hurts|hurting|sore|tight)\b|\b(?:pain|ache|aching|hurts?|hurting|sore)\s+(?:in|on|at|into|to)\s+(?:(?:my|his|her|their|your)\s+|the\s+)?jaw\b|\b(?:pain|ache|aching|tightness|pressure)\s+(?:[a-z']+\s+){0,2}?(?:spread\w*|radiat\w*|going|goes|went|shoot\w*|mov\w*|travel\w*|runs?|running)\s+(?:[a-z']+\s+){0,3}?(?:jaw|left\s+arm)\b|\bleft\s+arm\s+(?:feels\s+|is\s+)?(?:heavy|heaviness)\b|\b(?:passed|passing)\s+out\b|\bfaint(?:ed|ing)?\b|\bblack(?:ed)?\s+out\b|\bclammy\b|\bcold\s+sweats?\b", Options, Timeout)]
    private static partial Regex HeartSymptoms();

    [GeneratedRegex(@"\bnight(?:-time)?\s+pain\b|\b(?:pains?|hurts?|hurting|aches?|aching|throbbing|throbs)\s+(?:[a-z']+\s+){0,3}?(?:all|every|through\s+the|each|during\s+the|most)\s+nights?\b|\bpain\s+(?:[a-z']+\s+){0,2}?wakes?\s+me\b|\bwakes?\s+me\s+(?:up\s+)?(?:at|every|in\s+the|most|each|during\s+the)\s+nights?\b|\b(?:keeps?|kept)\s+me\s+(?:up|awake)\b|\b(?:can't|cannot|couldn't|unable\s+to)\s+(?:get\s+to\s+)?sleep\s+(?:[a-z']+\s+){0,2}?(?:because\s+of|for|from|due\s+to|with)\s+(?:the\s+)?pain\b|\bconstant\s+(?:[a-z']+\s+)?pain\b|\bpain\s+(?:is\s+)?(?:constant|non-stop|nonstop|relentless)\b|\bnever\s+(?:lets?\s+up|eases|lets\s+go)\b|\bno\s+position\s+(?:is\s+)?comfortable\b", Options, Timeout)]
    private static partial Regex NightPain();

    [GeneratedRegex(@"\b(?:los(?:t|ing|e)|loss\s+of)\s+(?:(?:my|his|her|their|your)\s+)?balance\b|\boff[- ]balance\b|\bunsteady\b|\b(?:wobbly|unstable)\s+on\s+(?:my|his|her|their|your)\s+feet\b|\bclums(?:y|iness|ier)\b|\bdizz(?:y|iness)\b|\bvertigo\b|\blight-?headed\w*|\b(?:trouble|difficulty|problems?|hard\s+time)\s+walking\b|\bstumbl\w*|\bcan't\s+walk\s+straight\b|\bbalance\s+(?:is\s+|has\s+been\s+)?(?:off|bad|poor|terrible|gone|worse)\b|\bkeep\s+(?:falling|tripping)\b", Options, Timeout)]
    private static partial Regex BalanceLoss();
}
