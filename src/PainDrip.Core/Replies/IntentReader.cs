using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>What the person wants or did: asks a question, wants to stop or pause, did the exercises, had a flare.</summary>
internal static partial class IntentReader
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;

    private static readonly IReadOnlyList<(bool Key, Regex Pattern)> FlareTerms =
        [(true, Flare().Needs("flare", "flaring", "spasm", "locked", "seiz", "back", "neck", "knotted"))];

    // Words every match needs (see Prefilter): most replies and sentences hold none of them and skip the scan.
    private static readonly Regex DidFiltered = Did().Needs(
        "exercise", "stretch", "squeez", "routine", "lesson", "moves", "tennis", "shoulder", "homework", "arm", "shrugs",
        "tiger", "them", "doing");

    private static readonly Regex StopFiltered = Stop().Needs(
        "unsubscrib", "stop", "remove", "take", "opt", "more", "mail", "contact", "send", "message", "cancel", "program",
        "course", "coaching", "alone", "delete");

    private static readonly Regex BareStopFiltered =
        BareStop().Needs("stop", "unsubscribe", "remove", "quit", "cancel", "end");

    private static readonly Regex PauseFiltered = Pause().Needs(
        "paus", "holiday", "vacation", "leave", "trip", "break", "going", "away", "travel", "week", "month", "time", "skip",
        "hold", "back", "resume", "start");

    private static readonly Regex DidNotFiltered = DidNot().Needs(
        "have", "did", "not", "never", "could", "wasn't", "forgot", "skipped", "time", "fell", "stopped", "quit", "gave",
        "slack");

    /// <summary>A '?' sentence, or a sentence that opens like a question ("can I …", "is it ok …").</summary>
    public static bool AsksQuestion(ReplyText text) =>
        text.Sentences.Any(s => s.Text.Contains('?') || QuestionWords().IsMatch(s.Text));

    /// <summary>Unsubscribe, stop emailing, remove me; not "the pain stopped", not "don't unsubscribe me".</summary>
    public static bool WantsStop(ReplyText text) =>
        text.Sentences.Any(s =>
            (StopFiltered.IsMatchFiltered(s.Text) || BareStopFiltered.IsMatchFiltered(s.Text)) && !KeepGoing().IsMatch(s.Text));

    /// <summary>Pause, holiday, away for a while, busy week, skip this week.</summary>
    public static bool WantsPause(ReplyText text) =>
        text.Sentences.Any(s => PauseFiltered.IsMatchFiltered(s.Text) && !NoPause().IsMatch(s.Text));

    /// <summary>A flare-up, a new spasm, "locked up"; negated or resolved mentions do not count.</summary>
    public static bool ReportsFlare(ReplyText text) =>
        AssertedMentions.Find(text, FlareTerms, questionsCount: false).Count > 0;

    /// <summary>Whether they did the exercises; the last thing said about it wins; null when nothing is said.</summary>
    public static bool? Adherence(ReplyText text)
    {
        var notDone = DidNotFiltered.MatchesFiltered(text.Text).Select(m => m.Index).DefaultIfEmpty(-1).Max();
        // "didn't do the exercises" must not also read as "do the exercises".
        var masked = DidNotFiltered.ReplaceFiltered(text.Text, m => new string('#', m.Length));
        var done = DidFiltered.MatchesFiltered(masked).Select(m => m.Index).DefaultIfEmpty(-1).Max();
        if (done < 0 && notDone < 0)
        {
            return null;
        }
        return done > notDone;
    }

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|but|just|question)\s+)(?:can|could|should|shall|may|must|do|does|is|are|will|would|am)\s+(?:i|it|this|that|we|you)\b|\bis\s+(?:it|this|that)\s+(?:ok|okay|normal|safe|fine|bad|alright|all\s+right|worth|possible|common|expected)\b|\b(?:i\s+(?:was|am|'m)\s+)?wondering\s+(?:if|whether|about|how|what|why)\b|\bany\s+(?:tips|advice|suggestions?|recommendations?|ideas?)\b|^(?:how|what|why|when|where|which)\s+(?:do|does|should|can|could|is|are|long|often|many|much)\b|\bplease\s+advise\b|\bi\s+have\s+a\s+question\b|\bquick\s+question\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex QuestionWords();

    [GeneratedRegex(@"\bunsubscrib\w*|\bstop\s+(?:(?:sending|emailing|e-mailing|mailing|contacting|messaging)\b|(?:the|these|your|all)\s+(?:e-?mails|messages|lessons)\b)|\bremove\s+me\b|\btake\s+me\s+off\b|\bopt(?:\s+|-)?out\b|\bno\s+more\s+(?:e-?mails|messages|lessons)\b|\b(?:don't|dont|do\s+not)\s+(?:e-?mail|contact|send|message)\s+me\b|\bcancel\s+(?:my\s+|the\s+|this\s+)?(?:subscription|program|programme|membership|emails)\b|\b(?:quit|leave|stop|end)\s+(?:the\s+|this\s+)?(?:program|programme|course|coaching)\b|\bleave\s+me\s+alone\b|\bdelete\s+my\s+(?:data|account|details|email)\b|\bdon't\s+want\s+(?:any\s+more|these|the|your)\s+e-?mails\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^\W*(?:stop|unsubscribe|remove|quit|cancel|end)\W*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex BareStop();

    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|not|never|no\s+need\s+to)\s+(?:want\s+to\s+|going\s+to\s+|planning\s+to\s+)?(?:unsubscrib\w*|stop|remove|quit|leave|cancel|opt)\b|\bby\s+mistake\b|\baccidentally\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex KeepGoing();

    [GeneratedRegex(@"\bpaus(?:e|ing)\b|\bon\s+(?:holiday|vacation|leave|a\s+trip|a\s+break)\b|\bgoing\s+(?:on\s+holiday|away|travelling|traveling)\b|\baway\s+(?:for|until|till|next|this|from|on)\b|\btravel(?:l)?ing\s+(?:for|until|next|this)\b|\b(?:busy|crazy|hectic|mad)\s+(?:week|weeks|few\s+weeks|month|time)\b|\bskip\s+(?:this|next|a|the\s+next)\s+(?:week|few|couple|lesson|email)\w*|\bhold\s+off\b|\b(?:put|keep)\s+(?:it|this|things|the\s+program|the\s+programme|the\s+emails|me)\s+on\s+hold\b|\bbreak\s+from\s+(?:the|these|your)\s+(?:e-?mails|program|programme|lessons)\b|\bback\s+in\s+(?:a|\d+|two|three)\s+(?:week|weeks|days)\b|\b(?:resume|restart|start\s+again)\s+(?:when|after|in)\b|\bnot\s+a\s+good\s+time\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Pause();

    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|no\s+need\s+to|not)\s+(?:need\s+to\s+)?paus\w*|\bpause\s+between\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NoPause();

    [GeneratedRegex(@"\bflare[sd]?\b|\bflare-?ups?\b|\bflaring\b|\bspasms?\s+(?:again|came\s+back|is\s+back|are\s+back|returned|started)\b|\b(?:another|new|a\s+(?:bad\s+|big\s+|nasty\s+|sudden\s+|sharp\s+)?)spasm\b|\bspasm(?:ed|ing)\b|\bwent\s+into\s+(?:a\s+)?spasm\b|\blocked\s+up\b|\bseiz(?:ed|ing)\s+up\b|\b(?:back|neck)\s+(?:went|gave\s+out|locked)\b|\bput\s+my\s+(?:back|neck)\s+out\b|\bknotted\s+up\s+again\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Flare();

    [GeneratedRegex(@"\b(?:did|done|do|doing|completed|finished|tried|practised|practiced|kept\s+up|keeping\s+up|kept\s+up\s+with|stuck\s+with|sticking\s+with|managed)\s+(?:all\s+|most\s+|some\s+|every\s+|each\s+|both\s+|them\s+)?(?:of\s+)?(?:the\s+|my\s+|these\s+|your\s+|those\s+)?(?:exercises?|stretch(?:es|ing)?|squeezes|routine|lessons?|moves|tennis\s+ball|shoulder\s+blade\s+squeezes|homework|arm\s+circles|shrugs|tiger\s+walks?|them\s+(?:every|each|daily|twice|most))\b|\b(?:i've|ive|i\s+have)\s+been\s+doing\s+(?:them|it|the|my|all)\b|\bdoing\s+them\s+(?:every|each|daily|twice|most)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Did();

    [GeneratedRegex(@"\b(?:haven't|havent|have\s+not|didn't|didnt|did\s+not|not|never|couldn't|couldnt|wasn't\s+able\s+to)\s+(?:really\s+|yet\s+|even\s+|got\s+round\s+to\s+|gotten\s+to\s+|had\s+(?:the\s+)?time\s+to\s+|managed\s+to\s+|been\s+)?(?:do|done|doing|tried|try|started|start|practised|practiced|get\s+to|manage)\s+(?:to\s+do\s+)?(?:any|all|the|them|it|my|much|those|these|exercises|stretches)\b|\bforgot\b|\bforgotten\b|\bskipped\s+(?:the|my|them|it|most|all|a\s+few|a\s+couple|some|several)\b|\bno\s+time\s+(?:for|to)\b|\bfell\s+behind\b|\b(?:stopped|quit|gave\s+up)\s+(?:on\s+)?(?:doing\s+)?(?:(?:the|my|these|those)\s+(?:exercises|stretches|routine)|them)\b|\bslack(?:ed|ing)\b|\bfell\s+off\s+the\s+wagon\b|\bfell\s+out\s+of\s+the\s+(?:habit|routine)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DidNot();
}
