using PainDrip.Infrastructure.Email.Inbound;
using MimeKit;

namespace PainDrip.Infrastructure.Tests.Email.Inbound;

public sealed class AutoReplyMarkersTests
{
    [Theory]
    [InlineData("Auto-Submitted: auto-replied")]
    [InlineData("Auto-Submitted: auto-generated; owner-email=\"x@y\"")]
    [InlineData("X-Autoreply: yes")]
    [InlineData("X-Autorespond: Vacation")]
    [InlineData("Precedence: bulk")]
    [InlineData("Precedence: junk")]
    [InlineData("Precedence: auto_reply")]
    public void IsAutoReply_MarkerHeader_IsTrue(string header) =>
        Assert.True(AutoReplyMarkers.IsAutoReply(Headers(header), "Re: check-in"));

    [Theory]
    [InlineData("Auto-Submitted: no")]
    [InlineData("Auto-Submitted: No (sent by a person)")]
    [InlineData("Precedence: list")]
    [InlineData("X-Mailer: Apple Mail")]
    public void IsAutoReply_PersonalMailHeader_IsFalse(string header) =>
        Assert.False(AutoReplyMarkers.IsAutoReply(Headers(header), "Re: check-in"));

    [Theory]
    [InlineData("Out of Office: Re: Your week 2 check-in")]
    [InlineData("Automatic reply: Your week 2 check-in")]
    [InlineData("Autoreply: away")]
    [InlineData("Abwesenheitsnotiz: Ihre Woche 2")]
    [InlineData("Automatische Antwort: Woche 2")]
    [InlineData("Réponse automatique : Semaine 2")]
    [InlineData("Respuesta automática: Semana 2")]
    [InlineData("Risposta automatica: Settimana 2")]
    [InlineData("Automatisch antwoord: Week 2")]
    [InlineData("Resposta automática: Semana 2")]
    [InlineData("Autosvar: Vecka 2")]
    [InlineData("自動応答: 第2週")]
    [InlineData("自动回复：第2周")]
    public void IsAutoReply_OutOfOfficeSubject_IsTrue(string subject) =>
        Assert.True(AutoReplyMarkers.IsAutoReply([], subject));

    [Theory]
    [InlineData("Re: Your week 2 check-in")]
    [InlineData("Re: officer desk posture question")]
    [InlineData("Re: my reply about the automatic standing desk")]
    public void IsAutoReply_PersonalSubject_IsFalse(string subject) =>
        Assert.False(AutoReplyMarkers.IsAutoReply([], subject));

    private static HeaderList Headers(string line)
    {
        var colon = line.IndexOf(':');
        return new HeaderList { { line[..colon], line[(colon + 1)..].Trim() } };
    }
}
