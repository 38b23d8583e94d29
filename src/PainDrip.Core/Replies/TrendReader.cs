using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>Reads which way the person says the pain is moving.</summary>
/// <remarks>
/// "Not better" and "no worse" mean the same; better and worse together ("better in the morning, worse at
/// night") also mean the same. Questions ("will it get better?") are not read. With no words about direction,
/// a "from 6 to 3" change decides.
/// </remarks>
internal static partial class TrendReader
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;

    // Words every match needs (see Prefilter): most sentences say nothing about direction and skip the scans.
    private static readonly Regex NegatedChangeFiltered =
        NegatedChange().Needs("better", "improv", "easier", "help", "chang", "different", "progress", "worse");

    private static readonly Regex BetterFiltered = Better().Needs(
        "better", "improv", "eas", "less", "loose", "help", "relie", "there", "week", "days", "feeling", "not", "down",
        "fading", "mend", "settled", "calmed", "best");

    private static readonly Regex WorseFiltered = Worse().Needs(
        "worse", "worst", "more", "aggravat", "week", "day", "up", "flare", "setback", "spik", "bad", "not", "deteriorat");

    private static readonly Regex SameFiltered =
        Same().Needs("same", "change", "stable", "steady", "similar", "plateau", "meh", "so-so", "down");

    public static Trend Read(ReplyText text, Trend numberChange)
    {
        var latest = Trend.Unknown;
        foreach (var sentence in text.Sentences)
        {
            if (sentence.IsQuestion && AskedDirection().IsMatch(sentence.Text))
            {
                continue;
            }
            var said = OfSentence(sentence.Text);
            latest = said == Trend.Unknown ? latest : said;
        }
        return latest == Trend.Unknown ? numberChange : latest;
    }

    // One sentence's direction. Better and worse together mean the same ("better in the morning, worse at night"),
    // unless the last one comes after a word that moves the story to now ("it flared, but it has settled now").
    private static Trend OfSentence(string sentence)
    {
        var same = NegatedChangeFiltered.CountFiltered(sentence);
        var rest = NegatedChangeFiltered.ReplaceFiltered(sentence, " ");
        var better = BetterFiltered.MatchesFiltered(rest);
        var worse = WorseFiltered.MatchesFiltered(rest);
        same += SameFiltered.CountFiltered(rest);
        if (better.Count > 0 && worse.Count > 0)
        {
            var lastBetter = better[^1].Index;
            var lastWorse = worse[^1].Index;
            var turn = NowTurn().Match(rest, Math.Min(lastBetter, lastWorse));
            return !turn.Success || turn.Index > Math.Max(lastBetter, lastWorse) ? Trend.Same
                : lastBetter > lastWorse ? Trend.Better : Trend.Worse;
        }
        return (better.Count, worse.Count, same) switch
        {
            (_, > 0, _) => Trend.Worse,
            ( > 0, _, var s) => s > better.Count ? Trend.Same : Trend.Better,
            (_, _, > 0) => Trend.Same,
            _ => Trend.Unknown,
        };
    }

    [GeneratedRegex(@"\b(?:now|since|since\s+then|these\s+days|today|this\s+week|by\s+(?:today|now|the\s+weekend)|has\s+(?:since\s+)?settled|settled|calmed|eased)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NowTurn();

    // "Will it get better?" asks; "it's improving, maybe a 3?" tells.
    [GeneratedRegex(@"^(?:will|would|does|do|is|are|should|can|could|how|when|what|why|if)\b|\b(?:will|would)\s+it\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AskedDirection();

    [GeneratedRegex(@"\b(?:not|no|isn't|isnt|hasn't|hasnt|haven't|havent|didn't|didnt|don't|dont|aren't|arent|never|nothing|wasn't|wasnt|doesn't|doesnt|hardly|barely)\s+(?:[a-z']+\s+){0,2}?(?:better|improv\w*|easier|help|helping|helped|changed|change|different|progress\w*|worse|worsen\w*)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NegatedChange();

    [GeneratedRegex(@"(?<!\ba\s+|'d\s+|had\s+)\bbetter\b(?!\s+(?:posture|pillow|chair|desk|mattress|set-?up|understanding|idea|sense|way|at|than\s+(?:me|that)))|\bimprov(?:ed|ing|ement|es)\b|\beasier\b|\beas(?:ed|ing)\b|\bless\s+(?:pain|painful|sore|stiff|tight|tense|achy|tension|aching)\b|\bloosen(?:ed|ing)\b|\blooser\b|\bhelp(?:ed|ing|s)\b|\brelie(?:f|ved)\b|\bgetting\s+there\b|\b(?:good|great|fantastic|brilliant|excellent|much\s+better)\s+(?:week|few\s+days|days)\b|\bfeeling\s+(?:good|great|fine)\b|\bnot\s+(?:as|so)\s+(?:bad|sore|painful|stiff|tight)\b|\b(?:pain|it)\s+(?:has\s+)?(?:gone|went|come|came)\s+down\b|\bfading\b|\bon\s+the\s+mend\b|\b(?:settled|calmed)\b(?:\s+(?:back\s+)?down)?|\bback\s+down\s+to\b|\bbest\s+(?:week|day|days|few\s+days)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Better();

    [GeneratedRegex(@"\bworse\b|\bworsen\w*|\bworst\b|\bmore\s+(?:pain|painful|sore|stiff|tight)\b|\bhurts?\s+more\b|\baggravat\w*|\b(?:bad|terrible|awful|rough|horrible)\s+(?:week|few\s+days|days|day)\b|\b(?:pain|it)\s+(?:has\s+)?(?:gone|went|come|came)\s+up\b|\bflare[sd]?\b|\bflare-?ups?\b|\bsetback\b|\bspik(?:ed|ing|e)\b|\bshot\s+up\b|\bgetting\s+bad\b|\bnot\s+(?:good|great)\b|\bdeteriorat\w*", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Worse();

    [GeneratedRegex(@"\bsame\b(?!\s+(?:time|thing|way|exercises?|stretch))|\bno\s+change\b|\bunchanged\b|\bstable\b|\bsteady\b|\bsimilar\b|\bplateau\w*|\bmeh\b|\bso-so\b|\bup\s+and\s+down\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Same();
}
