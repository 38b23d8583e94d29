using System.Text.RegularExpressions;
using PainDrip.Core.Coaching;
using PainDrip.Infrastructure.Email.Composition;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Tests.Email.Composition;

public sealed partial class EmailComposerTests
{
    private readonly EmailComposer _composer = EmailTestData.Composer();
    private readonly LinkTokens _tokens = EmailTestData.Tokens();

    [Fact]
    public void Compose_FirstNameWithMarkup_PrintsAsText()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hi &lt;script&gt;alert(1)&lt;/script&gt;,", message.Html);
        Assert.Contains("\nHi <script>alert(1)</script>,\n", message.Text);
    }

    [Fact]
    public void Compose_RawHtmlInLesson_PrintsAsText()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());

        Assert.Contains("&lt;script&gt;alert(", message.Html);
        Assert.DoesNotContain("<script", message.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_Lesson_RendersMarkdownWithInlineStyles()
    {
        var html = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam()).Html;

        Assert.Matches("<h2 style=\"[^\"]+\">Why the knot forms</h2>", html);
        Assert.Matches("<strong>between your shoulder blades</strong>", html);
        Assert.Matches("<ol style=\"[^\"]+\">", html);
        Assert.Matches("<a href=\"https://paindrip.example/guides/desk\" class=\"pd-link\" style=\"[^\"]+\">the desk set-up guide</a>", html);
    }

    [Fact]
    public void Compose_Lesson_HasOneClickUnsubscribeHeaders()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());

        var match = ListUnsubscribe().Match(message.Headers["List-Unsubscribe"]);
        Assert.True(match.Success, message.Headers["List-Unsubscribe"]);
        Assert.Equal(match.Groups["url"].Value, match.Groups["mail"].Value);
        Assert.Equal(EmailTestData.EnrollmentId, _tokens.Verify(match.Groups["url"].Value, LinkPurpose.Unsubscribe).EnrollmentId);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public void Compose_Lesson_ReplyToCarriesSignedReplyToken()
    {
        var replyTo = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam()).ReplyTo!.Address;

        var match = Regex.Match(replyTo, "^reply\\+(?<token>[a-z2-7]+)@reply\\.paindrip\\.example$");
        Assert.True(match.Success, replyTo);
        Assert.True(replyTo.IndexOf('@') <= 64);
        var lowered = match.Groups["token"].Value.ToLowerInvariant();
        Assert.Equal(EmailTestData.EnrollmentId, _tokens.Verify(lowered, LinkPurpose.Reply).EnrollmentId);
    }

    [Fact]
    public void Compose_SameLessonTwice_SameMessageIdAndCorrelationId()
    {
        var first = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());
        var again = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());
        var other = _composer.Compose(EmailTestData.Checkin(), EmailTestData.Sam());

        Assert.Equal($"<{first.CorrelationId}@paindrip.example>", first.MessageId);
        Assert.DoesNotContain("mobility", first.MessageId, StringComparison.Ordinal);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(first.CorrelationId, again.CorrelationId);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.NotEqual(first.CorrelationId, other.CorrelationId);
    }

    [Fact]
    public void Compose_Repeat_OwnMessageIdAndCorrelationIdEachTime()
    {
        var first = _composer.Compose(EmailTestData.Checkin(), EmailTestData.Sam());
        var repeat = _composer.Compose(EmailTestData.Checkin(), EmailTestData.Sam(), repeat: "slot-048-checkin");
        var sameRepeat = _composer.Compose(EmailTestData.Checkin(), EmailTestData.Sam(), repeat: "slot-048-checkin");

        Assert.NotEqual(first.MessageId, repeat.MessageId);
        Assert.NotEqual(first.CorrelationId, repeat.CorrelationId);
        Assert.Equal(repeat.MessageId, sameRepeat.MessageId);
        Assert.Matches("^<[^<>@\\s]+@paindrip\\.example>$", repeat.MessageId);
    }

    [Fact]
    public void Compose_AnyLesson_CorrelationIdIsOpaque()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());

        Assert.Matches("^[a-z2-7]{26}$", message.CorrelationId);
        foreach (var revealing in new[] { "mobility", "shoulder", "squeeze", "0f8fad5b", "sam", "example" })
        {
            Assert.DoesNotContain(revealing, message.CorrelationId, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Compose_Checkin_EndsWithReplyWithANumberLine()
    {
        var message = _composer.Compose(EmailTestData.Checkin(), EmailTestData.Sam());

        var html = message.Html[..message.Html.IndexOf("PainDrip shares general", StringComparison.Ordinal)];
        Assert.Contains(EmailComposer.CheckinClosingLine, html);
        Assert.EndsWith(EmailComposer.CheckinClosingLine, message.Text[..message.Text.IndexOf("\n-- \n", StringComparison.Ordinal)].TrimEnd());
        Assert.Contains("number from 0 to 10", EmailComposer.CheckinClosingLine);
    }

    [Fact]
    public void Compose_Lesson_HasNoCheckinLine()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());

        Assert.DoesNotContain("0 to 10", message.Html);
        Assert.DoesNotContain("0 to 10", message.Text);
    }

    [Fact]
    public void Compose_Lesson_TextPartReadsOnItsOwn()
    {
        var text = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam()).Text;

        Assert.StartsWith("Squeeze the knot away\n=====================\n\nHi Sam,\n\nWhy the knot forms\n------------------\n", text);
        Assert.Contains("See the desk set-up guide (https://paindrip.example/guides/desk).", text);
        Assert.Contains("1. Sit tall with your feet flat.\n2. Squeeze", text);
        Assert.Contains("- every hour at your desk,\n- after long phone calls,", text);
        Assert.Contains("> Stop if the pain gets sharper.", text);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("](", text);
        Assert.DoesNotContain("<p", text);
    }

    [Fact]
    public void Compose_Lesson_FooterInBothParts()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());
        var token = ListUnsubscribe().Match(message.Headers["List-Unsubscribe"]).Groups["url"].Value;

        foreach (var part in new[] { message.Html, message.Text })
        {
            Assert.Contains("not medical advice", part);
            Assert.Contains("12 Harbour Street, Bristol BS1 4QA", part);
            Assert.Contains($"https://paindrip.example/api/unsubscribe?token={token}", part);
        }
        Assert.Contains("you signed up for PainDrip&#39;s 6-week upper-back program", message.Html);
        Assert.Contains("you signed up for PainDrip's 6-week upper-back program", message.Text);
        Assert.Matches($"<a href=\"https://paindrip.example/api/unsubscribe\\?token={token}\"[^>]*>Unsubscribe</a>", message.Html);
    }

    [Fact]
    public void Compose_Lesson_HtmlIsSelfContainedAndDarkModeReady()
    {
        var body = EmailTestData.LessonBody + "\n\n![A person squeezing their shoulder blades](https://paindrip.example/img/squeeze.png)\n";
        var message = _composer.Compose(EmailTestData.Lesson(body: body), EmailTestData.Sam());

        Assert.Contains("<meta name=\"color-scheme\" content=\"light dark\">", message.Html);
        Assert.Contains("prefers-color-scheme: dark", message.Html);
        Assert.Contains("max-width:600px", message.Html);
        Assert.Matches("<div style=\"display:none;[^\"]*\">A two-minute move for the knot between your shoulder blades\\.", message.Html);
        Assert.Matches("<img src=\"https://paindrip.example/img/squeeze.png\" style=\"[^\"]*max-width:100%[^\"]*\" alt=\"A person squeezing their shoulder blades\"", message.Html);
        Assert.DoesNotContain("<link", message.Html);
        Assert.DoesNotContain("@import", message.Html);
        Assert.DoesNotContain("@font-face", message.Html);
    }

    [Fact]
    public void Compose_Lesson_AddressesAndSubject()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam("  Zoë "));

        Assert.Equal("sam@example.com", message.To.Address);
        Assert.Equal("Zoë", message.To.Name);
        Assert.Equal(("coach@paindrip.example", "PainDrip"), (message.From.Address, message.From.Name));
        Assert.Equal("Squeeze the knot away", message.Subject);
        Assert.Contains("Hi Zoë,", message.Text);
    }

    [Fact]
    public void Compose_NoFirstName_GreetsWithoutName()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam(""));

        Assert.Contains("Hi there,", message.Text);
        Assert.Null(message.To.Name);
    }

    [Fact]
    public void ComposeConfirmation_Recipient_LinksToConfirmWithSignedToken()
    {
        var message = _composer.ComposeConfirmation(EmailTestData.Sam());

        var match = Regex.Match(message.Text, "https://paindrip\\.example/api/confirm\\?token=(?<token>[a-z2-7]+)");
        Assert.True(match.Success, message.Text);
        Assert.Equal(EmailTestData.EnrollmentId, _tokens.Verify(match.Groups["token"].Value, LinkPurpose.Confirm).EnrollmentId);
        Assert.Contains($"href=\"{match.Value}\"", message.Html);
        Assert.Contains("List-Unsubscribe", message.Headers.Keys);
        Assert.Contains("not medical advice", message.Text);
        Assert.Equal($"<{message.CorrelationId}@paindrip.example>", message.MessageId);
    }

    [GeneratedRegex("^<https://paindrip\\.example/api/unsubscribe\\?token=(?<url>[a-z2-7]+)>, <mailto:unsubscribe\\+(?<mail>[a-z2-7]+)@reply\\.paindrip\\.example>$")]
    private static partial Regex ListUnsubscribe();
}
