using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>
/// Finds terms a reply says are present now: mentions that are not negated ("no numbness", "without any
/// tingling", "never had chest pain") and not resolved ("the numbness is gone"), clause by clause.
/// </summary>
/// <remarks>
/// Doubt counts as present: negation only applies when nothing but filler words stand between the negation
/// and the term, so "not worried about the numbness" is a mention. A list continues a negation
/// ("no numbness, tingling or weakness"); "and my chest feels tight" does not.
/// </remarks>
internal static partial class AssertedMentions
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;

    // How many characters either side of a mention negation and resolution look at.
    private const int Window = 160;

    private static readonly HashSet<string> Fillers =
    [
        "any", "more", "real", "really", "the", "a", "an", "of", "sign", "signs", "symptom", "symptoms", "had", "have",
        "has", "got", "get", "gotten", "getting", "noticed", "notice", "noticing", "felt", "feel", "feeling", "feelings",
        "experienced", "experience", "experiencing", "my", "in", "at", "all", "further", "new", "other", "such", "actual",
        "obvious", "issue", "issues", "problem", "problems", "with", "odd", "weird", "strange", "even", "slight",
        "slightest", "hint", "trace", "bit", "suffering", "from", "been", "having", "developed", "seen", "history",
        "whatsoever", "there", "there's", "theres", "is", "are", "was", "were", "i", "i've", "ive", "i'm", "im",
        "currently", "also", "single", "kind", "sort", "of", "longer", "or", "and", "nor", "either", "some",
        "episodes", "episode", "further", "real", "family", "personal", "previous", "past", "prior",
    ];

    /// <summary>Returns the keys of every term the reply asserts.</summary>
    /// <param name="text">The reply's own words.</param>
    /// <param name="terms">Each key with the pattern of its words.</param>
    /// <param name="questionsCount">Whether a mention inside a question counts even when negated.</param>
    public static HashSet<T> Find<T>(ReplyText text, IReadOnlyList<(T Key, Regex Pattern)> terms, bool questionsCount)
        where T : struct
    {
        var found = new HashSet<T>();
        // Most replies mention no term at all; one scan of the whole text each settles that quickly.
        terms = terms.Where(t => t.Pattern.IsMatchFiltered(text.Text)).ToList();
        if (terms.Count == 0)
        {
            return found;
        }
        var keys = terms.Select(t => t.Key).Distinct().Count();
        var onBehalf = MentionContext.WritesForSomeoneElse(text.Text);
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            var next = s + 1 < text.Sentences.Count ? text.Sentences[s + 1].Text : "";
            var recurs = Recurrence().IsMatch(sentence.Text);
            var clauses = MergeLists(sentence.Fragments, terms);
            var context = new MentionContext(sentence.Text, next, onBehalf);
            for (var c = 0; c < clauses.Count; c++)
            {
                AddAsserted(found, clauses, c, terms, recurs, questionsCount, context);
            }
            // Every key the reply could assert is found: nothing later can add to the set.
            if (found.Count == keys)
            {
                return found;
            }
        }
        return found;
    }

    private static void AddAsserted<T>(
        HashSet<T> found, List<string> clauses, int c, IReadOnlyList<(T Key, Regex Pattern)> terms, bool recurs, bool questionsCount,
        MentionContext context)
    {
        var clause = clauses[c];
        var mentions = FindMentions(clause, terms);
        if (mentions.Count == 0)
        {
            return;
        }
        var asked = questionsCount && clause.Contains('?');
        var negated = Onset().IsMatch(clause) ? new bool[mentions.Count] : Negated(clause, mentions);
        // "had pins and needles for a day, all gone now": the next clause resolves this one.
        var resolvedNext = !recurs && c + 1 < clauses.Count && GoneNow().IsMatch(clauses[c + 1]);
        var resolved = recurs ? new bool[mentions.Count]
            : resolvedNext ? Enumerable.Repeat(true, mentions.Count).ToArray()
            : Resolved(clause, mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            // A key already found stays found: its later mentions need no reading of their context.
            if (found.Contains(mentions[i].Key))
            {
                continue;
            }
            var notTheirs = !recurs && context.IsSomeoneElsesOrPast(clause, mentions[i].Start, mentions[i].End);
            if (asked ? !notTheirs : !(negated[i] || resolved[i] || notTheirs))
            {
                found.Add(mentions[i].Key);
            }
        }
    }

    private static List<(T Key, int Start, int End)> FindMentions<T>(string clause, IReadOnlyList<(T Key, Regex Pattern)> terms)
    {
        var mentions = new List<(T Key, int Start, int End)>();
        foreach (var (key, pattern) in terms.Where(t => Prefilter.MayMatch(t.Pattern, clause)))
        {
            for (var match = pattern.Match(clause); match.Success; match = match.NextMatch())
            {
                mentions.Add((key, match.Index, match.Index + match.Length));
            }
        }
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return mentions;
    }

    // A fragment made only of terms and "or"/"and" continues the list of the fragment before it.
    private static List<string> MergeLists<T>(IReadOnlyList<string> fragments, IReadOnlyList<(T Key, Regex Pattern)> terms)
    {
        // Each clause is built once from its fragments: appending to a growing string would make a long list quadratic.
        var parts = new List<List<string>>();
        foreach (var fragment in fragments)
        {
            var rest = fragment;
            foreach (var (_, pattern) in terms)
            {
                rest = pattern.ReplaceFiltered(rest, " ");
            }
            var isList = parts.Count > 0 && rest != fragment && ListTail().IsMatch(rest);
            if (isList)
            {
                parts[^1].Add(fragment);
            }
            else
            {
                parts.Add([fragment]);
            }
        }
        return parts.ConvertAll(p => string.Join(", ", p));
    }

    private static bool[] Negated<T>(string clause, List<(T Key, int Start, int End)> mentions)
    {
        var negated = new bool[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            if (i > 0 && negated[i - 1] && IsListGap(clause, mentions[i - 1].End, mentions[i].Start))
            {
                negated[i] = true;
                continue;
            }
            // Only the words just before a mention can negate it: a bounded window keeps the reading linear.
            var from = Math.Max(0, mentions[i].Start - Window);
            var prefix = clause[from..mentions[i].Start];
            var cue = LastCue(prefix);
            negated[i] = cue >= 0 && OnlyFillers(prefix[cue..]);
        }
        return negated;
    }

    private static bool[] Resolved<T>(string clause, List<(T Key, int Start, int End)> mentions)
    {
        var resolved = new bool[mentions.Count];
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (i < mentions.Count - 1 && resolved[i + 1] && IsListGap(clause, mentions[i].End, mentions[i + 1].Start))
            {
                resolved[i] = true;
                continue;
            }
            var end = mentions[i].End;
            resolved[i] = Resolution().IsMatch(clause.AsSpan(end, Math.Min(Window, clause.Length - end)));
        }
        return resolved;
    }

    // Returns where the text after the last negation cue starts, or -1 when there is none.
    private static int LastCue(string prefix)
    {
        var end = -1;
        for (var match = NegationCue().Match(prefix); match.Success; match = match.NextMatch())
        {
            end = match.Index + match.Length;
        }
        return end;
    }

    private static bool IsListGap(string clause, int end, int start) =>
        start <= end || ListOnly().IsMatch(clause[end..start]);

    private static bool OnlyFillers(string gap)
    {
        foreach (var word in gap.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.Trim(',', '.', ':', ';', '!', '"', '(', ')');
            if (bare.Length > 0 && !Fillers.Contains(bare))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"^[\s,/&+]*(?:(?:or|and|nor|any|either|even|also|too)\b[\s,/&+]*)*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ListOnly();

    [GeneratedRegex(@"^[\s,/&+]*(?:(?:or|and|nor|any|either|even|also|too)\b[\s,/&+]*)*(?:(?:this|last|past)\s+(?:week|weekend|month|time)|today|now|at\s+all|so\s+far|lately|recently|anymore|any\s+more|whatsoever|either|yet|thankfully|luckily)?[\s.!]*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ListTail();

    [GeneratedRegex(@"\b(?:no|not|never|without|none|nor|neither|zero|free\s+(?:of|from)|absence\s+of|denies|deny|cannot|don't|dont|didn't|didnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|aren't|arent|weren't|doesn't|doesnt|won't|hadn't|nothing\s+like)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NegationCue();

    [GeneratedRegex(@"^\s*[:=-]?\s*(?:(?:is|are|has|have|had|was|were|'s|now|completely|totally|fully|entirely|all|finally|thankfully|luckily|in|on|at|my|the|both|left|right|hands?|arms?|fingers?|fingertips|legs?|feet|foot|seems|seem|to|be|been|also|just|since|then|and|of|that|i|it|it's|its|there|sensation|feeling|feelings|thing|issue|problem)\s+)*(?:no\s+longer\b|(?:(?:long\s+)?gone(?:\s+away)?|went\s+away|disappeared|subsided|wore\s+off|faded(?:\s+away)?|eased\s+off|vanished|resolved|cleared(?:\s+up)?|stopped|settled\s+down|(?:not|isn't|isnt|aren't|arent|wasn't)\s+(?:there|present|an\s+issue|a\s+problem)|none|nope|nil|no)(?:\s*$|\s*[,.!;:)]|\s+(?:and|now|completely|entirely|totally|today|yesterday|already|since|after|by|this|last|overnight|for|thank|thankfully|luckily|which|too|though|altogether|anymore|any\s+more|i|it|as|so|at\s+all)\b))", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"(?<!\b(?:not|never|hasn't|hasnt|haven't|havent|didn't|didnt|won't|wont)\s+(?:yet\s+|ever\s+)?)\b(?:came|come|comes|coming)\s+back\b|\b(?:is|are|it's|its|it\s+is)\s+back\b|\breturned\b|\bagain\b|\bstarted\s+up\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Recurrence();

    [GeneratedRegex(@"^\s*(?:(?:it's|its|it\s+is|it\s+has|that's|that\s+has|which\s+(?:is|has)|all|now|thankfully|luckily|completely|totally)\s+)*(?:(?:long\s+)?gone|went\s+away|disappeared|resolved|cleared\s+up|stopped|settled\s+down|subsided|wore\s+off|passed|faded(?:\s+away)?)(?:\s+(?:now|ages\s+ago|long\s+ago|years\s+ago|since|completely|entirely|totally|since|though|already|thankfully|for\s+good))*\W*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GoneNow();

    // "never had numbness until yesterday" reports something new, whatever the negation says.
    [GeneratedRegex(@"\b(?:before|until|till|first\s+time)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Onset();
}
