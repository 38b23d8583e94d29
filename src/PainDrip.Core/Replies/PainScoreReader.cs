using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>The pain score a reply gives (0–10), and the direction when it gives a "from … to …" change.</summary>
internal readonly record struct PainReading(int? Score, Trend Change);

/// <summary>
/// Reads the pain score: "7/10", "7 out of 10", "a 4", "three out of ten", "pain is 5", "from 6 to 3" (3),
/// "4 or 5" and "4-5" (5, the higher), "down to 2", "zero". Never a score from dates, times, reps or durations.
/// </summary>
/// <remarks>The latest score that is not about the past wins ("was 6 last week, now 3" gives 3).</remarks>
internal static partial class PainScoreReader
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;

    private const int Window = 48;

    private static readonly Regex SpelledNumber =
        NumberWord().Needs("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

    private readonly record struct Candidate(int End, int Strength, int Value, bool Past);

    public static PainReading Read(ReplyText text)
    {
        var spelled = SpelledNumber.ReplaceFiltered(text.Text, m => Digits[WordValue(m.Value)]);
        // Every score pattern needs a digit: without one there is nothing to mask or read.
        if (!spelled.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return new PainReading(null, Trend.Unknown);
        }
        var words = OtherNumbers.Mask(spelled);
        var candidates = new List<Candidate>();
        var change = Trend.Unknown;
        foreach (Match m in Matches(OutOfTen(), words, TenWords))
        {
            Add(candidates, words, m, 3, Parse(m.Groups[1].Value), checkUnit: false);
        }
        foreach (Match m in Matches(FromTo(), words, FromWords))
        {
            int from = Parse(m.Groups[1].Value), to = Parse(m.Groups[2].Value);
            if (Add(candidates, words, m, 3, to, checkUnit: true) && from <= 10)
            {
                change = to < from ? Trend.Better : to > from ? Trend.Worse : Trend.Same;
            }
        }
        foreach (Match m in Matches(Range(), words, RangeWords))
        {
            int low = Parse(m.Groups[1].Value), high = Parse(m.Groups[3].Value);
            var value = m.Groups[2].Value.Trim() == "to" ? high : Math.Max(low, high);
            if (low <= 10)
            {
                Add(candidates, words, m, 2, value, checkUnit: true);
            }
        }
        foreach (var (pattern, needs) in new (Regex, SearchValues<string>?)[] { (Context(), null), (Leading(), null), (Suffix(), SuffixWords) })
        {
            foreach (Match m in Matches(pattern, words, needs))
            {
                Add(candidates, words, m, 1, Parse(m.Groups["n"].Value), checkUnit: true);
            }
        }
        var best = candidates.Where(c => !c.Past).DefaultIfEmpty().MaxBy(c => (c.End, c.Strength));
        best = best == default ? candidates.DefaultIfEmpty().MaxBy(c => (c.End, c.Strength)) : best;
        if (change == Trend.Unknown && candidates.Count > 1)
        {
            change = ChangeSinceFirst(candidates, best);
        }
        return new PainReading(candidates.Count == 0 ? null : best.Value, change);
    }

    // "Was 5 last week, spiked to 8, now 3": the latest score against the first one the reply gives.
    private static Trend ChangeSinceFirst(List<Candidate> candidates, Candidate latest)
    {
        var first = candidates.Where(c => c.End < latest.End).DefaultIfEmpty(latest).MinBy(c => c.End);
        return first.End == latest.End ? Trend.Unknown
            : latest.Value < first.Value ? Trend.Better
            : latest.Value > first.Value ? Trend.Worse
            : Trend.Same;
    }

    private static bool Add(List<Candidate> candidates, string text, Match m, int strength, int value, bool checkUnit)
    {
        // Only the words next to a number decide what it is: a fixed window keeps the reading linear.
        var end = m.Index + m.Length;
        var after = text.Substring(end, Math.Min(Window, text.Length - end));
        var before = text.Substring(Math.Max(0, m.Index - Window), Math.Min(Window, m.Index));
        if (value < 0 || (checkUnit && (Unit().IsMatch(after) || DateBefore().IsMatch(before))))
        {
            return false;
        }
        // A stated score beyond the scale ("11/10", "pain is 12") means the top of it.
        var explicitScale = strength == 3 || m.Value.StartsWith("pain", StringComparison.Ordinal);
        if (value > 10 && !explicitScale)
        {
            return false;
        }
        var past = PastBefore().IsMatch(before) || PastAfter().IsMatch(after);
        candidates.Add(new Candidate(m.Index + m.Length, strength, Math.Clamp(value, 0, 10), past));
        return true;
    }

    // Words every match of a pattern needs (see Prefilter): a text without any of them has no match to give.
    private static readonly SearchValues<string> TenWords = SearchValues.Create(["10"], StringComparison.Ordinal);
    private static readonly SearchValues<string> FromWords = SearchValues.Create(["from"], StringComparison.Ordinal);
    private static readonly SearchValues<string> RangeWords = SearchValues.Create(["-", "or", "to"], StringComparison.Ordinal);
    private static readonly SearchValues<string> SuffixWords = SearchValues.Create(
        ["pain", "now", "moment", "today", "tonight", "this", "ish"], StringComparison.Ordinal);

    private static IEnumerable<Match> Matches(Regex pattern, string words, SearchValues<string>? needs) =>
        needs is null || words.AsSpan().ContainsAny(needs) ? pattern.Matches(words) : Enumerable.Empty<Match>();

    // Halves round up: "4.5" is read as 5, like "4 or 5".
    private static int Parse(string number) =>
        double.TryParse(number.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? (int)Math.Min(Math.Ceiling(value), 100)
            : -1;

    private static int WordValue(string word) => word switch
    {
        "zero" or "nil" => 0, "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5,
        "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, _ => 10,
    };

    [GeneratedRegex(@"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?<![\d/.,:])(\d{1,2}(?:[.,]\d)?)\s*(?:/\s*10|out\s+of\s+10|outta\s+10|on\s+10)(?!\d|/\d|[.,]\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex OutOfTen();

    [GeneratedRegex(@"\bfrom\s+(?:a\s+|an\s+|about\s+|around\s+)?(\d{1,2})(?:\s*/\s*10)?\s+(?:down\s+to|up\s+to|to)\s+(?:a\s+|an\s+|about\s+|around\s+)?(\d{1,2})(?![\d:a-z]|/\d|[.,]\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"(?<![\d/.,:])(\d{1,2})(\s*-\s*|\s+or\s+|\s+to\s+)(\d{1,2})(?![\d:a-z]|/\d|[.,]\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(?:pain|it's|its|it\s+is|it\s+was|score|level|number|rating|rate\s+it|say|still|i'm\s+at|im\s+at|i\s+am\s+at|at\s+a|at\s+an|down\s+to|up\s+to|back\s+to|dropped\s+to|went\s+to|now|today|currently|a|an|about|around|maybe|probably|roughly)(?:\s*[:=]\s*|\s+)(?:(?:is|was|at|a|an|about|around|maybe|probably|roughly|like|now|still|only|just|of|level|been|down|up|to|solid|strong|low|high|steady|today|currently|sitting|hovering)\s+){0,3}(?<n>\d{1,2})(?![\d:a-z]|/\d|[.,]\d)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Context();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2}(?:[.,]5)?)(?![\d:/a-z]|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.Multiline, Timeout)]
    private static partial Regex Leading();

    [GeneratedRegex(@"(?<![\d/.,:])(?<!\b(?:of|outta|on)\s+)(?<n>\d{1,2})(?:\s+(?:pain|now|at\s+the\s+moment|right\s+now|today|tonight|this\s+week|this\s+morning)\b|-?ish\b)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\A\s*(?:-\s*)?(?:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|times?|x|reps?|repetitions?|sets?|am|pm|a\.m|p\.m|o'clock|oclock|kg|kgs|kilos?|lbs?|pounds?|miles?|km|k|%|percent|nights?|mornings?|evenings?|afternoons?|sessions?|exercises?|stretches?|lessons?|emails?|pills?|tablets?|mg|cups?|glass(?:es)?|litres?|liters?|steps|of|st|nd|rd|th|degrees|°|jan\w*|feb\w*|mar|march|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|people|kids|children|more|others|different|things|in\s+a\s+row|ibuprofen|paracetamol|advil|aleve|naproxen|squeezes|circles|holds|rounds|laps|floors|flights)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Unit();

    [GeneratedRegex(@"\b(?:jan\w*|feb\w*|mar|march|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|day|week|lesson|page|step|number\s+of|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DateBefore();

    [GeneratedRegex(@"\b(?:was|were|had\s+been|used\s+to\s+be|last\s+week|yesterday|started\s+at|from)\s+(?:\S+\s+){0,2}$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PastBefore();

    [GeneratedRegex(@"\A(?:/\s*10)?\s*(?:last\s+week|yesterday|before|earlier|ago|at\s+the\s+start|when\s+i\s+started|at\s+first|at\s+worst|at\s+its\s+worst)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PastAfter();
}
