using System.Text;
using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>Removes quoted history and signatures from an email reply, leaving the person's own words.</summary>
/// <remarks>
/// Drops <c>&gt;</c> lines and attribution lines ("On … wrote:", "Le … a écrit :", "Am … schrieb …:"), even when
/// wrapped over two lines. Answers written between quoted lines are kept. Cuts everything from an Outlook
/// <c>From:/Sent:</c> header block, an "-----Original Message-----" line, a signature delimiter (<c>-- </c>) or a
/// mobile sign-off ("Sent from my …", "Get Outlook for …").
/// </remarks>
public static partial class QuotedTextStripper
{
    /// <summary>The most characters of a reply that are looked at; longer replies are cut first.</summary>
    public const int MaxInputLength = 200_000;

    private const int Timeout = 200;

    /// <summary>Returns the person's own words from <paramref name="reply"/>; empty for null or empty text.</summary>
    public static string Strip(string? reply)
    {
        if (string.IsNullOrEmpty(reply))
        {
            return "";
        }
        var text = reply.Length > MaxInputLength ? reply[..MaxInputLength] : reply;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (IsCut(lines, i, line))
            {
                break;
            }
            var attribution = AttributionLength(lines, i, line);
            if (attribution > 0)
            {
                if (!QuoteFollows(lines, i + attribution))
                {
                    break;
                }
                i += attribution - 1;
                continue;
            }
            if (!line.StartsWith('>'))
            {
                kept.Append(lines[i]).Append('\n');
            }
        }
        return kept.ToString().Trim();
    }

    private static bool IsCut(string[] lines, int i, string line) =>
        line == "--" || lines[i].TrimEnd('\n') == "-- " || OriginalMessage().IsMatch(line)
        || MobileSignOff().IsMatch(line) || IsOutlookHeader(lines, i, line);

    private static bool IsOutlookHeader(string[] lines, int i, string line)
    {
        if (Underline().IsMatch(line))
        {
            return true;
        }
        if (!HeaderFrom().IsMatch(line))
        {
            return false;
        }
        for (var j = i + 1; j < lines.Length && j <= i + 5; j++)
        {
            if (HeaderOther().IsMatch(lines[j].Trim()))
            {
                return true;
            }
        }
        return false;
    }

    // Returns how many lines the attribution takes (0, 1 or 2).
    private static int AttributionLength(string[] lines, int i, string line)
    {
        if (Attribution().IsMatch(line))
        {
            return 1;
        }
        if (i + 1 < lines.Length && AttributionStart().IsMatch(line) && line.Length < 200)
        {
            return AttributionEnd().IsMatch(lines[i + 1].Trim()) ? 2 : 0;
        }
        return 0;
    }

    // After an attribution, quoted text is usually marked with '>'; if it is not, everything after is the quote.
    private static bool QuoteFollows(string[] lines, int from)
    {
        for (var j = from; j < lines.Length; j++)
        {
            var next = lines[j].Trim();
            if (next.Length > 0)
            {
                return next.StartsWith('>');
            }
        }
        return true;
    }

    [GeneratedRegex(@"^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|forwarded message)\s*-{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^(?:sent from my\b|sent from (?:outlook|mail|yahoo|gmail|samsung|proton)\b|get outlook for\b|sent via\b|envoyé de mon\b|envoyé depuis\b|von meinem\b.{0,60}gesendet|enviado desde mi\b|inviato da\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex MobileSignOff();

    [GeneratedRegex(@"^_{8,}$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Underline();

    [GeneratedRegex(@"^\*?(?:from|von|de|van|da|fra|från)\s*:\*?\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(?:sent|date|to|subject|cc|gesendet|datum|an|betreff|envoyé|date|à|objet|enviado|para|asunto|inviato|oggetto|verzonden|aan|onderwerp)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex HeaderOther();

    [GeneratedRegex(@"^(?:(?:on|le|am|el|il|op|den|em)\b.{0,300}\b(?:wrote|a\s+écrit|schrieb|escribió|ha\s+scritto|schreef|skrev|escreveu)\b.{0,120}:|.{0,200}(?:@|<).{0,200}\bwrote:)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(?:on|le|am|el|il|op|den|em)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"\b(?:wrote|a\s+écrit|schrieb|escribió|ha\s+scritto|schreef|skrev|escreveu)\b.{0,120}:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AttributionEnd();
}
