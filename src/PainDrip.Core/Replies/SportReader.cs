using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>Which sports a reply names, as lesson tags (<c>running</c>, <c>swimming</c>, <c>racket_sports</c>, <c>gym</c>),
/// so the return phase can teach the person's own sport.</summary>
internal static partial class SportReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The sport tags named in the text.</summary>
    public static IReadOnlySet<string> Read(ReplyText text)
    {
        var sports = new HashSet<string>(StringComparer.Ordinal);
        AddIf(sports, "running", Running().IsMatch(text.Text));
        AddIf(sports, "swimming", Swimming().IsMatch(text.Text));
        AddIf(sports, "racket_sports", Racket().IsMatch(text.Text));
        AddIf(sports, "gym", Gym().IsMatch(text.Text));
        return sports;
    }

    private static void AddIf(HashSet<string> sports, string tag, bool named)
    {
        if (named)
        {
            sports.Add(tag);
        }
    }

    [GeneratedRegex(@"\b(?:run|runs|running|runner|ran|jog\w*|(?:5|10)\s?k|marathon|parkrun)\b", Options, 200)]
    private static partial Regex Running();

    [GeneratedRegex(@"\b(?:swim\w*|pool)\b", Options, 200)]
    private static partial Regex Swimming();

    [GeneratedRegex(@"\b(?:tennis|squash|badminton|padel|pickleball)\b(?!\s+balls?)", Options, 200)]
    private static partial Regex Racket();

    [GeneratedRegex(@"\b(?:gym|weights|bench\s+press\w*|deadlifts?|pull-?ups?)\b", Options, 200)]
    private static partial Regex Gym();
}
