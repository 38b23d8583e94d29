using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>
/// The sentence around a mention, to tell whether it is about someone else's history ("my dad had chest pain before
/// his heart attack") or the writer's own past, resolved episode ("last year I had numbness but that's long gone").
/// </summary>
/// <remarks>
/// Doubt counts as present: someone else's history needs a named other person with a past-tense verb and no
/// first-person words between them and the mention; and when the reply is written for the person by someone
/// else ("I'm writing for my husband"), nothing is set aside as another person's. A past episode needs a
/// far-past time ("last year", "years ago"), nothing present between it and the mention, and a word saying it
/// ended. Windows of bounded length keep this linear.
/// </remarks>
internal sealed partial class MentionContext(string sentence, string nextSentence, bool onBehalf)
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;
    private const int Window = 200;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private string? _clause;
    private int _clauseStart;

    /// <summary>Whether the reply says it is written for someone else (a partner, parent or grown-up child).</summary>
    public static bool WritesForSomeoneElse(string text) => OnBehalf().IsMatch(text);

    /// <summary>Whether the mention at <paramref name="start"/>–<paramref name="end"/> of <paramref name="clause"/> is someone else's history or the writer's ended past.</summary>
    public bool IsSomeoneElsesOrPast(string clause, int start, int end)
    {
        var at = ClauseStart(clause);
        var before = (at > 0 ? sentence[Math.Max(0, at - Window)..at] + " " : "") + clause[Math.Max(0, start - Window)..start];
        var afterClause = clause.Substring(end, Math.Min(Window, clause.Length - end));
        var restOfSentence = at >= 0 && at + clause.Length < sentence.Length ? sentence.Substring(at + clause.Length, Math.Min(Window, sentence.Length - at - clause.Length)) : "";
        var after = afterClause + " " + restOfSentence + " " + (nextSentence.Length > Window ? nextSentence[..Window] : nextSentence);
        var othersPast = IsOtherPersonsHistory(before)
            || (OtherPersonJustBefore().IsMatch(before) && PastVerbFirst().IsMatch(clause.AsSpan(start, end - start)));
        return (!onBehalf && othersPast) || IsEndedPast(before, after);
    }

    // Where the clause starts in the sentence; looked up once per clause, so many mentions in one long clause
    // cost one search, not one each (which would make reading quadratic).
    private int ClauseStart(string clause)
    {
        if (!ReferenceEquals(clause, _clause))
        {
            _clause = clause;
            _clauseStart = sentence.IndexOf(clause.Length > 24 ? clause[..24] : clause, StringComparison.Ordinal);
        }
        return _clauseStart;
    }

    private static bool IsOtherPersonsHistory(string before)
    {
        var match = OtherPersonPast().Match(before);
        Match? last = null;
        for (; match.Success; match = match.NextMatch())
        {
            last = match;
        }
        return last is not null && !FirstPerson().IsMatch(before.AsSpan(last.Index + last.Length));
    }

    private static bool IsEndedPast(string before, string after)
    {
        Match? last = null;
        for (var past = FarPast().Match(before); past.Success; past = past.NextMatch())
        {
            last = past;
        }
        // "I had pins and needles a few years ago, not since": the time may also follow the mention.
        var soon = after.Length > 40 ? after[..40] : after;
        var pastAfter = last is null ? FarPast().Match(soon) : null;
        if (last is null && pastAfter is not { Success: true })
        {
            return false;
        }
        var between = last is null ? soon[..pastAfter!.Index] : before[(last.Index + last.Length)..];
        var rest = last is null ? after[(pastAfter!.Index + pastAfter.Length)..] : after;
        var ended = Ended().Match(rest);
        return ended.Success && !PresentNow().IsMatch(between) && !PresentNow().IsMatch(rest.AsSpan(0, ended.Index));
    }

    [GeneratedRegex(@"\b(?:my|our|a|his|her|their)\s+(?:late\s+|old\s+|best\s+|older\s+|younger\s+|little\s+|big\s+)?(?:dad|daddy|father|mum|mom|mam|mother|parents?|brother|sister|uncle|aunt(?:ie|y)?|grand\w*|nan|nana|gran|cousin|friend|mate|colleague|co-?worker|boss|neighbou?r|son|daughter|husband|wife|partner|boyfriend|girlfriend|fianc\w*|relative|family\s+member|father-in-law|mother-in-law|in-laws?|stepdad|stepmum|stepmom)(?:'s)?\s+(?:[a-z']+\s+){0,3}?(?:had|has\s+had|have\s+had|got|suffered|died|was|were|went|passed|used\s+to|experienced|felt|complained|ended\s+up|collapsed|needed|lost|developed|once|fell|broke|crashed|slipped|tripped)\b", Options, Timeout)]
    private static partial Regex OtherPersonPast();

    // "my brother fell off a ladder": the mention itself is the other person's past-tense verb.
    [GeneratedRegex(@"\b(?:my|our|a|his|her|their)\s+(?:dad|father|mum|mom|mother|brother|sister|uncle|aunt(?:ie|y)?|grand\w*|nan|gran|cousin|friend|mate|colleague|co-?worker|boss|neighbou?r|son|daughter|husband|wife|partner)\s+(?:also\s+|once\s+|too\s+)?$", Options, Timeout)]
    private static partial Regex OtherPersonJustBefore();

    [GeneratedRegex(@"^(?:fell|had|was|were|took|came|slipped|tripped|crashed|broke|got|suffered)\b", Options, Timeout)]
    private static partial Regex PastVerbFirst();

    [GeneratedRegex(@"\b(?:i|i'm|im|i've|ive|i'd|me|myself|my|mine|now\s+i|today|this\s+week)\b", Options, Timeout)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:writing\s+(?:for|on\s+behalf\s+of)|on\s+(?:his|her|their)\s+behalf|on\s+behalf\s+of|(?:he|she|they)\s+asked\s+me\s+to|asked\s+me\s+to\s+(?:write|reply|email|e-mail|let\s+you\s+know|tell\s+you)|for\s+my\s+(?:husband|wife|partner|dad|mum|mom|father|mother|son|daughter)\b(?!'s)|\b(?:he|she|husband|wife|partner|dad|mum|mom|father|mother|son|daughter)\s+(?:(?:is|has)\s+(?:got\s+|been\s+|now\s+|also\s+)?(?:sweating|struggling|complaining|feeling|having|in\s+(?:a\s+lot\s+of\s+)?pain|unable|poorly|clammy|pale|short|really|very|a\s+pain|pain|chest|numb|tingl\w*|not\s+(?:well|able))|says|said|can't|cannot|keeps|feels|woke|told\s+me|complained|looks)\b|\b(?:he's|she's)\s+(?:got|been|saying|feeling|complaining|sweating|struggling|in\s+pain)\b)", Options, Timeout)]
    private static partial Regex OnBehalf();

    [GeneratedRegex(@"\b(?:last\s+(?:year|summer|winter|spring|autumn|fall)|(?:a\s+(?:few|couple\s+of)|some|many|several|two|three|four|five|\d+)\s+(?:years?|yrs?)\s+(?:ago|back)|years\s+ago|ages\s+ago|a\s+long\s+time\s+ago|long\s+ago|as\s+a\s+(?:kid|child|teen\w*)|when\s+i\s+was\s+(?:younger|pregnant|a\s+kid|a\s+child|at\s+(?:school|uni)|\d+)|back\s+in\s+(?:\d{4}|the\s+day)|in\s+(?:19|20)\d{2}|in\s+the\s+past|previously|once\s+before|years\s+back)\b", Options, Timeout)]
    private static partial Regex FarPast();

    [GeneratedRegex(@"\b(?:now|today|tonight|currently|at\s+the\s+moment|right\s+now|this\s+(?:week|morning|evening|afternoon)|yesterday|still|again|back|returned|recently|lately|these\s+days|since\s+then\s+i|started)\b", Options, Timeout)]
    private static partial Regex PresentNow();

    [GeneratedRegex(@"\b(?:(?:long\s+)?gone|went\s+away|cleared(?:\s+up)?|resolved|sorted|fixed|healed|recovered|better\s+since|fine\s+(?:now|since|ever\s+since)|ok(?:ay)?\s+since|not\s+since|none\s+since|never\s+(?:came|come)\s+back|hasn't\s+(?:come|came)\s+back|hasnt\s+(?:come|came)\s+back|(?:haven't|havent|have\s+not|not)\s+had\s+(?:it|any|that|one|them|anything)\b.{0,30}\bsince|no\s+(?:problems?|issues?|trouble|sign)\s+(?:with\s+it\s+)?since|all\s+good\s+(?:now|since)|a\s+thing\s+of\s+the\s+past|never\s+(?:bothered|troubled|affected)\s+me\s+(?:again|since)|no\s+bother\s+since|been\s+fine|history\s+now|behind\s+me|went\s+after|stopped|passed)\b", Options, Timeout)]
    private static partial Regex Ended();
}
