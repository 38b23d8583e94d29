using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>Intents that need a coach: pain worsening day by day, a doctor's all-clear, a request to delete data.</summary>
internal static partial class IntentReader
{
    /// <summary>"Keeps getting worse every day", "worse day by day", "steadily worsening"; not in a question.</summary>
    public static bool WorsensDaily(ReplyText text) =>
        text.Sentences.Any(s =>
            !s.IsQuestion && WorseDayByDayFiltered.IsMatchFiltered(s.Text) && !NotWorse().IsMatch(s.Text));

    /// <summary>"My doctor says I'm fine to carry on", "GP cleared me", "all clear from A&amp;E".</summary>
    public static bool ReportsAllClear(ReplyText text) => text.Sentences.Any(s => AllClearFiltered.IsMatchFiltered(s.Text));

    // Words every match needs (see Prefilter): what was said, or the all-clear or result itself.
    private static readonly Regex WorseDayByDayFiltered = WorseDayByDay().Needs("day", "worse");

    private static readonly Regex DeleteDataFiltered = DeleteData().Needs(
        "delete", "erase", "remove", "wipe", "destroy", "purge", "right", "gdpr", "data");

    private static readonly Regex AllClearFiltered = AllClear().Needs(
        "said", "say", "told", "clear", "confirmed", "gave", "signed", "ok", "thinks", "reckons", "normal", "fine");

    /// <summary>"Please delete my data", "erase my details", "right to be forgotten".</summary>
    public static bool WantsDataDeleted(ReplyText text) =>
        text.Sentences.Any(s => DeleteDataFiltered.IsMatchFiltered(s.Text) && !KeepGoing().IsMatch(s.Text));

    [GeneratedRegex(@"\b(?:worse|worsening|more\s+(?:painful|sore)|getting\s+bad|deteriorat\w*)\s+(?:[a-z']+\s+){0,2}?(?:every|each)\s+(?:single\s+)?day\b|\b(?:worse|worsening)\s+(?:day\s+by\s+day|day\s+after\s+day|by\s+the\s+day|daily)\b|\b(?:every|each)\s+(?:single\s+)?day\s+(?:it\s+|the\s+pain\s+|my\s+back\s+)?(?:gets?|is|feels|seems)\s+(?:a\s+bit\s+|even\s+|slightly\s+)?worse\b|\b(?:keeps?|kept)\s+(?:on\s+)?getting\s+worse\b|\b(?:steadily|progressively|gradually|constantly)\s+(?:getting\s+)?(?:worse|worsening)\b|\bworse\s+and\s+worse\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex WorseDayByDay();

    [GeneratedRegex(@"\b(?:not|isn't|isnt|no\s+longer|stopped)\s+(?:getting\s+|been\s+getting\s+)?worse\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NotWorse();

    [GeneratedRegex(@"\b(?:doctor|doc|dr|gp|physio\w*|nurse|consultant|specialist|cardiologist|a\s*&\s*e|a\s+and\s+e|er|hospital|urgent\s+care|they)\b.{0,60}?\b(?:said|says|say|told\s+me|cleared|confirmed|gave\s+me|gave|signed\s+me\s+off|ok'?d|okayed|thinks|reckons)\b.{0,60}?\b(?:fine|ok|okay|all\s+clear|nothing\s+(?:serious|wrong|to\s+worry)|go\s+ahead|carry\s+on|continue|keep\s+going|normal|good\s+to\s+go|muscular|safe|clear|all\s+good)\b|\b(?:gp|doctor|doc|physio|hospital)\s+(?:has\s+)?cleared\s+me\b|\b(?:got|given|have|had)\s+(?:the\s+)?all[- ]clear\b|\ball[- ]clear\s+from\b|\bcleared\s+(?:me\s+)?(?:to|for)\s+(?:exercise|carry\s+on|continue|restart|start\s+again|go\s+back)\b|\b(?:ecg|ekg|x-?ray|scan|tests?|bloods?|mri)\s+(?:was|were|came\s+back|all)\s+(?:normal|fine|clear|ok|okay)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AllClear();

    [GeneratedRegex(@"\b(?:delete|erase|remove|wipe|destroy|purge)\s+(?:all\s+)?(?:of\s+)?(?:my|our|his|her)\s+(?:personal\s+)?(?:data|details|info|information|account|records?|email\s+address|answers|everything)\b|\bright\s+to\s+(?:be\s+forgotten|erasure)\b|\b(?:gdpr|data\s+protection)\s+(?:request|erasure|deletion)\b|\b(?:delete|erase)\s+(?:me|everything\s+you\s+have)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DeleteData();
}
