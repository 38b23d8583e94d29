using PainDrip.Core.Email;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Services;

public sealed class ReplyWordsTests
{
    private static InboundMessage Reply(string subject, string text) =>
        new("token", "sam@example.com", subject, text, "m1@example.com", null, false, null);

    [Fact]
    public void Of_SubjectIsReOurOwnTitle_ReadsTheBodyOnly()
    {
        var title = MailWorld.Library.All.First().Title;

        Assert.Equal("4\r\n", ReplyWords.Of(Reply($"RE: Fwd: {title}", "4\r\n"), MailWorld.Library));
    }

    [Fact]
    public void Of_PersonWroteTheirOwnSubject_ReadsItAsASentenceBeforeTheBody()
    {
        Assert.Equal("chest pain.\n\n4\r\n", ReplyWords.Of(Reply("Re: chest pain", "4\r\n"), MailWorld.Library));
    }
}
