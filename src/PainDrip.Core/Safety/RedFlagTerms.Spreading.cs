using System.Text.RegularExpressions;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Safety;

/// <summary>
/// Wording a clinical review found missing: pain that spreads to the chest, jaw, teeth or arm; sudden tearing or
/// worst-ever pain; sweating; accidents and falls; coughing blood; breathlessness on exertion. Possessives cover a
/// partner or relative writing for the person ("his jaw aches", "she is sweating").
/// </summary>
internal static partial class RedFlagTerms
{
    private const string Whose = @"(?:my|his|her|their|your|the)";

    private static (RedFlag Key, Regex Pattern)[] Spreading() =>
    [
        (RedFlag.ChestPain, SpreadsToChest().Needs("chest", "sternum", "breast", "front", "rib")),
        (RedFlag.HeartSymptoms, SpreadsToJawOrArm().Needs("jaw", "teeth", "tooth", "arm")),
        (RedFlag.HeartSymptoms, Sweating().Needs("sweat", "perspir", "clammy")),
        (RedFlag.SuddenTearingPain, Tearing().Needs("tearing", "ripping", "torn", "shredding", "like", "something", "worst", "never", "sudden")),
        (RedFlag.MajorTrauma, AccidentMore().Needs("fall", "crash", "accident", "collision", "tumble", "blow", "knock", "spill", "smash", "prang", "off", "hit", "bang", "wipe", "flying", "tackled", "rammed", "boned", "sideswiped", "over", "wreck", "incident", "rta", "pile", "fender", "land", "bashed", "smacked", "whacked", "stairs", "steps")),
        (RedFlag.OtherEmergency, CoughingBlood().Needs("blood", "emoptysis")),
        (RedFlag.BreathingDifficulty, BreathlessOnEffort().Needs("winded", "puff", "air", "breath")),
    ];

    // "goes through to my chest", "wraps round to the front of my ribs", "radiating into the breastbone"; not a stretch.
    [GeneratedRegex(@"\b(?:spread\w*|radiat\w*|go(?:es|ing)?|went|gone|shoot\w*|shot|mov\w*|travel\w*|runs?|running|ran|wrap\w*|com(?:es|ing)|came|pass\w*|pierc\w*|bor(?:es|ing)|through|thru|pain|ache|aching|pressure|tightness)\s+(?:[a-z']+\s+){0,3}?(?:to|into|through|thru|round|around|towards?|across|out)\s+(?:to\s+|through\s+|into\s+)?(?:the\s+front\s+(?:of\s+)?)?(?:" + Whose + @"\s+)?(?:chest|sternum|breast\s*bone|front\s+of\s+" + Whose + @"\s+(?:ribs?|rib\s*cage|chest|body)|ribs?\s+at\s+the\s+front|front\s+ribs?)\b(?<!\bstretch\w*\b.{0,140})|\b(?:pain|ache|aching|pressure|tightness|hurts?|hurting|sore|stabbing|burning|sharp)\s+(?:[a-z']+\s+){0,3}?(?:in|on|at|across|under|around)\s+(?:" + Whose + @"\s+)?(?:front\s+of\s+" + Whose + @"\s+ribs?|front\s+ribs?|breast\s*bone)\b|\b(?:sternum|breast\s*bone|front\s+of\s+" + Whose + @"\s+ribs)\s+(?:is\s+|was\s+|feels\s+|has\s+been\s+)?(?:[a-z]+\s+)?(?:pain\w*|sore|aching|achy|hurting|hurts|tight|burning)\b|\bband\s+(?:[a-z]+\s+){0,2}?(?:around|round|across)\s+" + Whose + @"\s+chest\b", Options, Timeout)]
    private static partial Regex SpreadsToChest();

    // "down my left arm", "up into his jaw", "my teeth ache with it", "pain in her left arm".
    [GeneratedRegex(@"\b(?:spread\w*|radiat\w*|go(?:es|ing)?|went|shoot\w*|shot|travel\w*|runs?|running|ran|pain|ache|aching|tingl\w*|heaviness|tightness)\s+(?:[a-z']+\s+){0,3}?(?:down|into|to|up\s+(?:to|into)|along|through)\s+(?:" + Whose + @"\s+)?(?:(?:left|right|both)\s+)?(?:jaw|teeth|arms?)\b|\b(?:jaw|teeth|tooth)\s+(?:(?:is|are|was|were|has|have|been|started|keeps?|also|too|feels?|feeling|really|a\s+bit|bit)\s+){0,3}(?:pain\w*|aches?|aching|achy|hurt\w*|sore|tight|throbbing)\b|\b(?:pain|ache|aching|hurts?|hurting|sore|tightness|heaviness)\s+(?:[a-z']+\s+){0,2}?(?:in|on|at)\s+(?:" + Whose + @"\s+)?(?:teeth|jaw|left\s+arm)\b|\bleft\s+arm\s+(?:(?:is|was|feels?|has\s+been|keeps?|been|really|a\s+bit)\s+){0,3}(?:pain\w*|aches?|aching|achy|hurt\w*|sore|numb|heavy|weak|dead)\b|\btooth\s*ache\b", Options, Timeout)]
    private static partial Regex SpreadsToJawOrArm();

    // Sweating with the pain, not after a workout, in a sauna or at night (night sweats are a fever sign).
    [GeneratedRegex(@"\b(?:sweat(?:ing|y|s|ed)?|sweaty|perspiring|perspiration|clammy|pale\s+and\s+(?:sweaty|clammy)|grey\s+and\s+sweaty)\b(?<!\b(?:woke|waking|wake|night|nights|bed|sleep)\b.{0,60})(?!\s+(?:(?:a\s+lot\s+)?(?:after|from|during|at|in|on)\s+(?:the\s+|my\s+|his\s+|her\s+|a\s+)?(?:gym|run|runs|workout|work-out|session|class|heat|sauna|summer|sun|night|bed|training|game|match|ride|walk|hike|spin)|it\s+out|the\s+small\s+stuff))", Options, Timeout)]
    private static partial Regex Sweating();

    // "sudden tearing pain", "like something ripped", "worst pain of my life", "10/10 like never before".
    [GeneratedRegex(@"\b(?:tearing|ripping|torn|shredding)\s+(?:[a-z']+\s+){0,3}?(?:pain|sensation|feeling|ache)\b|\b(?:pain|sensation|feeling)\s+(?:[a-z']+\s+){0,3}?(?:tearing|ripping)\b|\blike\s+(?:(?:something|a|it|i|i'd|i've|he'd|she'd|my\s+[a-z]+|a\s+[a-z]+)\s+)?(?:(?:had|has|was|just|got|is|were|been|have)\s+){0,2}(?:tear(?:ing)?|tore|torn|rip(?:ping|ped)?|split(?:ting)?)\b|\bsomething\s+(?:just\s+)?(?:tore|ripped|snapped|gave\s+way)\b|\bworst\s+(?:pain|agony|thing)\s+(?:of\s+(?:my|his|her)\s+life|(?:i|he|she)(?:'ve|\s+have|\s+has|'s)\s+ever|ever)\b|\bworst\s+(?:pain|agony)\s+(?:i|he|she)\s+(?:have|has|had|'ve)\s+(?:ever\s+)?(?:had|felt|known)\b|\bworst\s+(?:it|the\s+pain|my\s+back)\s*(?:'s|s|\s+has|\s+is)?\s+ever\s+(?:been|felt|hurt)\b|\bnever\s+(?:felt|had|known|experienced)\s+(?:pain|anything|agony)\s+like\s+(?:this|it|that)\b|\blike\s+never\s+before\b|\bsudden(?:ly)?\s+(?:[a-z]+\s+){0,2}?(?:excruciating|agoni[sz]ing|unbearable|searing)\b", Options, Timeout)]
    private static partial Regex Tearing();

    // "fell off my bike", "came off the ladder", "took a tumble", "car accident", "got tackled".
    [GeneratedRegex(@"\b(?:after|since|from|following)\s+(?:a|an|my|the|that|this|his|her)\s+(?:[a-z]+\s+)?(?:fall|crash|accident|collision|tumble|blow|knock|spill|smash|prang)\b|\b(?:came|come|fell|fallen|tumbled|flew)\s+off\s+(?:of\s+)?(?:my|his|her|the|a)\s+\w+|\b(?:took|had|taken)\s+a\s+(?:[a-z]+\s+)?(?:spill|tumble|knock|hit|bang|wipe-?out)\b|\bwent\s+flying\b|\bwiped\s+out\b|\b(?:tackled|rammed|t-boned|sideswiped|run\s+over)\b|\b(?:car|bike|cycle|road|traffic|motorway|scooter|horse|riding|skiing|snowboard\w*)\s+(?:accident|crash|smash|collision|wreck|incident)\b|\b(?:accident|crash|collision|wreck)\s+(?:on|in|at|while|when|last|yesterday|this)\b|\b(?:in|had|was\s+in|got\s+in|were\s+in)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:crash|smash|collision|wreck|accident|rta|pile-?up|fender[- ]bender)\b|\bfender[- ]bender\b|\bland(?:ed|ing)\s+(?:hard\s+|flat\s+|heavily\s+)?on\s+(?:my|his|her)\s+(?:back|side|shoulder|neck|chest)\b|\b(?:hit|banged|bashed|smacked|whacked)\s+(?:my|his|her)\s+(?:back|head|neck|chest|ribs?|shoulder)\s+(?:on|against|hard)\b|\b(?:down|fell\s+down|fallen\s+down|tumbled\s+down)\s+(?:the\s+|some\s+|a\s+flight\s+of\s+)?(?:stairs|steps)\b", Options, Timeout)]
    private static partial Regex AccidentMore();

    // "coughed up some blood", "blood when I cough", "bloody phlegm", "spitting blood".
    [GeneratedRegex(@"\bcough\w*\s+(?:up\s+)?(?:[a-z]+\s+){0,3}?blood\w*|\bblood\w*\s+(?:[a-z']+\s+){0,4}?(?:cough\w*|phlegm|mucus|sputum|spit\w*)\b|\b(?:bloody|blood[- ]?(?:stained|streaked|tinged|flecked))\s+(?:phlegm|mucus|sputum|spit|cough)\b|\bspit\w*\s+(?:up\s+)?(?:[a-z]+\s+){0,2}?blood\b|\bh(?:a)?emoptysis\b|\bvomit\w*\s+(?:up\s+)?(?:[a-z]+\s+){0,2}?blood\b", Options, Timeout)]
    private static partial Regex CoughingBlood();

    // "out of breath climbing stairs", "winded walking up the hill", "puffed out", "gasping for air".
    [GeneratedRegex(@"\b(?:winded|puffed(?:\s+out)?|puffing|huffing\s+and\s+puffing|gasping\s+for\s+(?:air|breath)|air\s+hunger|struggl\w*\s+for\s+(?:air|breath)|(?:can't|cannot|couldn't)\s+get\s+(?:enough\s+)?air|short\s+of\s+air|running\s+out\s+of\s+breath|lose\s+(?:my|his|her)\s+breath|losing\s+(?:my|his|her)\s+breath|breath\w*\s+(?:is|was|gets?|got|has\s+been)\s+(?:really\s+|very\s+|so\s+)?(?:short|shallow|laboured|labored|ragged))\b", Options, Timeout)]
    private static partial Regex BreathlessOnEffort();
}
