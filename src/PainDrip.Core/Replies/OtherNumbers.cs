using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>
/// Hides numbers that belong to something other than a pain score, so the score reader never sees them:
/// breathing-technique names (4-7-8), sets and reps (3x10, "2 sets of 12"), hold and count times ("hold for 5",
/// "breathe in for 4"), angles, clock times, dates, ages and weights.
/// </summary>
/// <remarks>Each pattern is a plain left-to-right scan with bounded repetition, so masking is linear.</remarks>
internal static partial class OtherNumbers
{
    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>The text with every such number replaced by <c>#</c> characters (same length, so positions stay).</summary>
    public static string Mask(string text)
    {
        foreach (var pattern in Patterns)
        {
            if (Prefilter.MayMatch(pattern, text))
            {
                text = pattern.Replace(text, m => new string('#', m.Length));
            }
        }
        return text;
    }

    // Each pattern runs on the text as masked so far, and only when it holds a word every match needs (see Prefilter).
    private static readonly Regex[] Patterns =
    [
        Dates(), Technique().Needs("-", "/", "box"), SetsAndReps(), Holds().Needs("hold", "held", "count", "for"),
        Angles().Needs("°", "deg"), Clock(), Ages().Needs("i'm", "im", "am", "age", "turn", "he", "old", "yo"), Weights(),
        Scale().Needs("10"),
    ];

    [GeneratedRegex(@"\b\d{1,2}(?:\s*[-/]\s*\d{1,2}){2,}\b|\b\d{1,2}\s*-\s*\d{1,2}\s+(?:breath\w*|method|technique|pattern|exercise|rule|routine)\b|\bbox\s+breathing\b", Options, Timeout)]
    private static partial Regex Technique();

    [GeneratedRegex(@"\b\d{1,3}\s*(?:x|×|\*)\s*\d{1,3}\b|\b\d{1,3}\s+(?:sets?|rounds?|lots?)\s+of\s+\d{1,3}\b|\b(?:sets?|reps?|rounds?|lots?)\s+of\s+\d{1,3}\b|\b\d{1,3}\s+(?:each|per)\s+(?:side|arm|leg|direction|way)\b|\b(?:did|do|doing|done|managed|completed)\s+(?:all\s+|about\s+|around\s+)?\d{1,3}\b(?!\s*(?:/|out\s+of))", Options, Timeout)]
    private static partial Regex SetsAndReps();

    [GeneratedRegex(@"\b(?:hold|holds|held|holding|count(?:ing)?(?:\s+(?:of|to))?|breathe?\s+(?:in|out)\s+for|(?:in|out)\s+for(?:\s+a\s+count\s+of)?|for\s+a\s+count\s+of|pause\s+for|squeeze\s+for|rest\s+for|wait\s+for)\s+(?:it\s+|them\s+|each\s+)?(?:for\s+)?(?:about\s+|around\s+|roughly\s+)?\d{1,3}\b", Options, Timeout)]
    private static partial Regex Holds();

    [GeneratedRegex(@"\b\d{1,3}\s*(?:°|degrees?|deg)\b|\b\d{1,3}°", Options, Timeout)]
    private static partial Regex Angles();

    [GeneratedRegex(@"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m|p\.m|o'?clock)\b|\b(?:woke|wake|waking|woken|got\s+up|get\s+up|bed|sleep|asleep|lunch|dinner|breakfast|tea|midnight|work|home|shift|alarm)\s+(?:up\s+)?(?:at|around|about|by|till|until|before|after|from)\s+(?:about\s+|around\s+)?\d{1,2}\b|\b(?:at|around|about|by|till|until|before|after|from)\s+\d{1,2}\s+(?:this|last|in\s+the|every|each|tonight|tomorrow)\s*(?:morning|evening|afternoon|night)?\b", Options, Timeout)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2,4}\b|\b\d{1,2}\s*/\s*(?!10\b)\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:on\s+the|since\s+the|by\s+the)\s+\d{1,2}\b|\b(?:19|20)\d{2}\b", Options, Timeout)]
    private static partial Regex Dates();

    [GeneratedRegex(@"\b(?:i'm|im|i\s+am|aged?|turned|turning|he's|she's|he\s+is|she\s+is)\s+\d{1,3}(?:\s*(?:years?|yrs?|yo)\b)?(?=\s+(?:years?|yrs?|yo|and|now|this|with|so|but)\b|\s*[,.!]|\s*$)(?<!\b(?:i'm|im|i\s+am)\s+\d)|\b\d{1,3}\s*(?:-\s*)?(?:years?|yrs?|y)\s*(?:-\s*)?old\b|\b\d{1,3}\s*yo\b", Options, Timeout)]
    private static partial Regex Ages();

    [GeneratedRegex(@"\b\d{1,3}(?:[.,]\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|stone|grams?|litres?|liters?|ml|km|miles?|metres?|meters?|cm|inch(?:es)?|percent)\b|\b\d{1,3}(?:k|%)(?!\w)|\b(?:lift(?:ed|ing)?|carr(?:y|ied|ying)|weigh(?:s|ed|ing)?|dumbbells?|kettlebells?|plates?)\s+(?:of\s+|a\s+|the\s+)?\d{1,3}\b", Options, Timeout)]
    private static partial Regex Weights();

    [GeneratedRegex(@"\b(?:scale|score|rating|rate\s+it)\s+(?:of|from|between)\s+(?:0|1)\s*(?:-|to|and)\s*10\b|\b(?:from|between)\s+(?:0|1)\s+(?:-|to|and)\s+10\b(?!\s*(?:now|today))", Options, Timeout)]
    private static partial Regex Scale();
}
