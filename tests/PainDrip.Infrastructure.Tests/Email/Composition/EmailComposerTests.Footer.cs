using System.Text.RegularExpressions;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Tests.Email.Composition;

/// <summary>The footer's "change when emails arrive" and privacy links, in lessons and in the confirmation email.</summary>
public sealed partial class EmailComposerTests
{
    [Fact]
    public void Compose_Lesson_FooterLinksToSignedPreferencesAndToPrivacyInBothParts()
    {
        var message = _composer.Compose(EmailTestData.Lesson(), EmailTestData.Sam());

        var text = Regex.Match(message.Text, @"\nChange when emails arrive: https://paindrip\.example/api/preferences\?token=(?<token>[a-z0-9]+)\n");
        Assert.True(text.Success, message.Text);
        var token = text.Groups["token"].Value;
        Assert.Equal(EmailTestData.EnrollmentId, _tokens.Verify(token, LinkPurpose.Preferences).EnrollmentId);
        Assert.Equal(LinkTokenFailure.WrongPurpose, _tokens.Verify(token, LinkPurpose.Unsubscribe).Failure);
        Assert.Contains("\nPrivacy: https://paindrip.example/api/privacy\n", message.Text);
        Assert.Matches($"<a href=\"https://paindrip.example/api/preferences\\?token={token}\"[^>]*>Change when emails arrive</a>", message.Html);
        Assert.Matches("<a href=\"https://paindrip.example/api/privacy\"[^>]*>Privacy</a>", message.Html);
    }

    [Fact]
    public void ComposeConfirmation_Always_CarriesTheSameFooterLinks()
    {
        var message = _composer.ComposeConfirmation(EmailTestData.Sam());

        Assert.Matches(@"\nChange when emails arrive: https://paindrip\.example/api/preferences\?token=[a-z0-9]+\n", message.Text);
        Assert.Contains("\nPrivacy: https://paindrip.example/api/privacy\n", message.Text);
    }
}
