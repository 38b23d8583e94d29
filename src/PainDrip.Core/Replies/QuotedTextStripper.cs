using System.Text;
using System.Text.RegularExpressions;

namespace PainDrip.Core.Replies;

/// <summary>Removes quoted history and signatures from an email reply, leaving the person's own words.</summary>
/// <remarks>
/// Drops <c>&gt;</c> lines and a client's attribution lines ("On … wrote:", "Le … a écrit :", "Am … schrieb …:",
/// carrying a date, time or address), even when wrapped over two lines. Answers written between quoted lines are
/// kept. Cuts everything from an Outlook <c>From:/To:</c> header block or an "-----Original Message-----" line, and
/// from a signature delimiter (<c>-- </c>, underscores) or a short mobile sign-off ("Sent from my iPhone") only
/// when what follows is a short signature, quoted text or a header. See <see cref="Split"/> for what was cut.
/// </remarks>
public static partial class QuotedTextStripper
{
    /// <summary>The most characters of a reply that are looked at; longer replies are cut first.</summary>
    public const int MaxInputLength = 200_000;

    // A guard only: every pattern is linear on input bounded by ReplyText.MaxLength, far below this.
    private const int Timeout = 2_000;

    /// <summary>Returns the person's own words from <paramref name="reply"/>; empty for null or empty text.</summary>
    public static string Strip(string? reply) => Split(reply).OwnWords;

    /// <summary>
    /// Splits <paramref name="reply"/> into the person's own words and the text that was cut off as a signature or
    /// history but may still be theirs: everything after the cut except <c>&gt;</c> lines, a real <c>-- </c>
    /// signature, and anything from a line that quotes our own email (it names PainDrip or a <c>reply+…@</c> address).
    /// </summary>
    public static StrippedReply Split(string? reply)
    {
        if (string.IsNullOrEmpty(reply))
        {
            return new("", "");
        }
        var text = reply.Length > MaxInputLength ? reply[..MaxInputLength] : reply;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (IsCut(lines, i, line))
            {
                return new(kept.ToString().Trim(), CutWords(lines, i));
            }
            var attribution = AttributionLength(lines, i, line);
            if (attribution > 0 && QuoteFollows(lines, i + attribution))
            {
                i += attribution - 1;
                continue;
            }
            // Unmarked text after an attribution is a quote only when the attribution names our own email.
            if (attribution > 0 && OurEmail().IsMatch(string.Join(' ', lines[i..(i + attribution)])))
            {
                return new(kept.ToString().Trim(), "");
            }
            if (!line.StartsWith('>'))
            {
                kept.Append(lines[i]).Append('\n');
            }
        }
        return new(kept.ToString().Trim(), "");
    }

    // What follows a cut, minus what is surely not the person's: quotes, a real signature, our own email.
    private static string CutWords(string[] lines, int from)
    {
        if (lines[from].TrimEnd() == "--" && lines[from] != "--")
        {
            return "";
        }
        var cut = new StringBuilder();
        for (var j = from; j < lines.Length; j++)
        {
            var line = lines[j].Trim();
            if (OurEmail().IsMatch(line))
            {
                break;
            }
            if (!line.StartsWith('>'))
            {
                cut.Append(line).Append('\n');
            }
        }
        return cut.ToString().Trim();
    }

    private static bool IsCut(string[] lines, int i, string line) =>
        OriginalMessage().IsMatch(line)
        || ((line == "--" || Underline().IsMatch(line)) && SignatureFollows(lines, i + 1))
        || (IsMobileSignOff(line) && SignatureFollows(lines, i + 1))
        || IsOutlookHeader(lines, i, line);

    private static bool IsMobileSignOff(string line) =>
        line.Length <= 50 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && MobileSignOff().IsMatch(line);

    // A signature is a few short lines that do not talk in the first person; quotes or headers may come after.
    private static bool SignatureFollows(string[] lines, int from)
    {
        var count = 0;
        for (var j = from; j < lines.Length; j++)
        {
            var line = lines[j].Trim();
            if (line.StartsWith('>') || OurEmail().IsMatch(line) || IsOutlookHeader(lines, j, line)
                || OriginalMessage().IsMatch(line) || AttributionLength(lines, j, line) > 0)
            {
                return true;
            }
            if (line.Length == 0)
            {
                continue;
            }
            if (++count > 6 || line.Length > 60 || FirstPerson().IsMatch(line))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsOutlookHeader(string[] lines, int i, string line)
    {
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

    // Returns how many lines a client's attribution takes (0, 1 or 2); it carries a date, time or address.
    private static int AttributionLength(string[] lines, int i, string line)
    {
        if (Attribution().IsMatch(line))
        {
            return ClientDetails().IsMatch(line) ? 1 : 0;
        }
        if (i + 1 < lines.Length && AttributionStart().IsMatch(line) && line.Length < 200)
        {
            var next = lines[i + 1].Trim();
            return AttributionEnd().IsMatch(next) && ClientDetails().IsMatch(line + " " + next) ? 2 : 0;
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

    [GeneratedRegex(@"\d|@|<", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ClientDetails();

    [GeneratedRegex(@"\b(?:i|i'm|i've|i'd|i'll|im|ive|my|me|myself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex FirstPerson();

    // A header or attribution line of our own email: it names PainDrip or a reply+ address.
    [GeneratedRegex(@"^(?=.*(?:paindrip|\breply\+\S*@))(?:.*\b(?:wrote|a\s+écrit|schrieb|escribió|scritto|schreef|skrev|escreveu)\b|^\*?(?:from|von|de|van|da|fra|från|to|an|à|para)\s*:|.*[@<])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex OurEmail();

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
