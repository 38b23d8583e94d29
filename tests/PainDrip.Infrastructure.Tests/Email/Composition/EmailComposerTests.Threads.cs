using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;

namespace PainDrip.Infrastructure.Tests.Email.Composition;

public sealed partial class EmailComposerTests
{
    private static readonly Lesson Answer = new(
        "answer-move-on", null, EmailKind.Answer, ["general"], "Your check-in: you move on", "What your reply decided.", 0,
        "## Thanks, {noted}\n\n{why} {question}\n\n## One thing to do today\n\nKeep going.\n");

    [Fact]
    public void Compose_AnswerInThread_ReSubjectAndThreadHeadersOnTheirMessageId()
    {
        var message = _composer.Compose(Answer, EmailTestData.Sam(), thread: new ReplyThread("<abc@mail.example>", "Week 3 check-in"));

        Assert.Equal("Re: Week 3 check-in", message.Subject);
        Assert.Equal("<abc@mail.example>", message.Headers["In-Reply-To"]);
        Assert.Equal("<abc@mail.example>", message.Headers["References"]);
    }

    [Fact]
    public void Compose_AnswerToAStoredMessageIdWithoutBrackets_ThreadsOnTheBracketedId()
    {
        var message = _composer.Compose(Answer, EmailTestData.Sam(), thread: new ReplyThread("abc@mail.example", "Week 3 check-in"));

        Assert.Equal("<abc@mail.example>", message.Headers["In-Reply-To"]);
        Assert.Equal("<abc@mail.example>", message.Headers["References"]);
    }

    [Theory]
    [InlineData("<a@x> <b@y>")]
    [InlineData("no-at-sign")]
    [InlineData("<>")]
    public void Compose_NotOnePlainMessageId_LeavesTheThreadHeadersOut(string messageId)
    {
        var message = _composer.Compose(Answer, EmailTestData.Sam(), thread: new ReplyThread(messageId, "Week 3 check-in"));

        Assert.Equal("Re: Week 3 check-in", message.Subject);
        Assert.False(message.Headers.ContainsKey("In-Reply-To"));
        Assert.False(message.Headers.ContainsKey("References"));
    }

    [Fact]
    public void Compose_SubjectAlreadyRe_IsNotDoubledAndABadMessageIdIsLeftOut()
    {
        var message = _composer.Compose(Answer, EmailTestData.Sam(), thread: new ReplyThread("no brackets", "RE: my back\r\nBcc: x@y"));

        Assert.Equal("RE: my back Bcc: x@y", message.Subject);
        Assert.False(message.Headers.ContainsKey("In-Reply-To"));
    }

    [Fact]
    public void Compose_Fields_FillTheTextAndTheCoachDaysFromOptions()
    {
        var fields = new Dictionary<string, string>
        {
            ["noted"] = "5/10 noted, down from 6",
            ["why"] = "That is a green light.",
            ["question"] = "A coach will answer within {coach_days} working days.",
        };

        var message = _composer.Compose(Answer, EmailTestData.Sam(), fields: fields);

        Assert.Contains("Thanks, 5/10 noted, down from 6", message.Text);
        Assert.Contains("That is a green light. A coach will answer within 2 working days.", message.Text);
        Assert.DoesNotContain("{", message.Text);
    }
}
