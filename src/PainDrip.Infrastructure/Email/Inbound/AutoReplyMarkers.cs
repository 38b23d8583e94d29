using System.Text.RegularExpressions;
using MimeKit;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Recognises mail written by a machine on someone's behalf: out-of-office notes, vacation responders, bulk mail.</summary>
internal static partial class AutoReplyMarkers
{
    // Subject phrases used by common mail clients in English, German, French, Spanish, Italian, Dutch,
    // Portuguese, Scandinavian languages, Finnish, Polish, Japanese and Chinese.
    [GeneratedRegex(
        @"\b(out of (the )?office|automatic reply|auto[- ]?reply|autoresponse|auto[- ]?response|vacation reply|away from (my|the) (desk|office)|" +
        @"abwesenheitsnotiz|automatische antwort|" +
        @"réponse automatique|reponse automatique|absence du bureau|absent du bureau|" +
        @"respuesta automática|respuesta automatica|fuera de la oficina|" +
        @"risposta automatica|fuori ufficio|" +
        @"automatisch antwoord|afwezigheidsbericht|" +
        @"resposta automática|resposta automatica|ausente do escritório|fora do escritório|" +
        @"autosvar|automatiskt svar|automatisk svar|automaattinen vastaus|poissa toimistolta|" +
        @"odpowiedź automatyczna|automatyczna odpowiedź|poza biurem)\b" +
        @"|自動応答|自動返信|不在通知|自动回复|自動回覆",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex AutoReplySubject();

    /// <summary>Whether headers or subject mark the mail as automatic.</summary>
    /// <remarks>
    /// <c>Auto-Submitted</c> other than <c>no</c> (RFC 3834), any <c>X-Autoreply</c> or <c>X-Autorespond</c>,
    /// <c>Precedence: bulk | junk | auto_reply</c>, or an out-of-office / automatic-reply subject.
    /// </remarks>
    public static bool IsAutoReply(HeaderList headers, string? subject)
    {
        var autoSubmitted = headers["Auto-Submitted"];
        if (!string.IsNullOrEmpty(autoSubmitted) && !FirstToken(autoSubmitted).Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!string.IsNullOrWhiteSpace(headers["X-Autoreply"]) || !string.IsNullOrWhiteSpace(headers["X-Autorespond"]))
        {
            return true;
        }
        if (FirstToken(headers["Precedence"]).ToLowerInvariant() is "bulk" or "junk" or "auto_reply")
        {
            return true;
        }
        return !string.IsNullOrEmpty(subject) && IsAutoReplySubject(subject);
    }

    // Fails safe: a subject too slow to read counts as a person's, so the reply is read for red flags like any other.
    private static bool IsAutoReplySubject(string subject)
    {
        try
        {
            return AutoReplySubject().IsMatch(subject);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string FirstToken(string? value) =>
        (value ?? "").Split([';', ' ', '\t', '('], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
