using Microsoft.Extensions.Options;
using PainDrip.Infrastructure.Security;
using PainDrip.Infrastructure.Tests.Email;
using PainDrip.Infrastructure.Tests.Support;

namespace PainDrip.Infrastructure.Tests.Security;

public sealed class LinkTokensTests
{
    private const string Id = EmailTestData.EnrollmentId;
    private readonly TestClock _clock = new();

    [Theory]
    [InlineData(LinkPurpose.Confirm, Id)]
    [InlineData(LinkPurpose.Unsubscribe, Id)]
    [InlineData(LinkPurpose.Reply, Id)]
    [InlineData(LinkPurpose.Export, Id)]
    [InlineData(LinkPurpose.Reply, "0f8fad5bd9cb469fa16570867728950e")]
    [InlineData(LinkPurpose.Reply, "0F8FAD5B-D9CB-469F-A165-70867728950E")]
    [InlineData(LinkPurpose.Confirm, "enr_01HZX3K9Q2")]
    public void Verify_FreshToken_ReturnsEnrollmentId(LinkPurpose purpose, string enrollmentId)
    {
        var tokens = EmailTestData.Tokens(_clock);

        var result = tokens.Verify(tokens.Create(purpose, enrollmentId), purpose);

        Assert.True(result.IsValid, result.Failure.ToString());
        Assert.Equal(enrollmentId, result.EnrollmentId);
    }

    [Theory]
    [InlineData(LinkPurpose.Reply)]
    [InlineData(LinkPurpose.Unsubscribe)]
    public void Create_GuidEnrollment_IsShortLowerCaseBase32(LinkPurpose purpose)
    {
        var token = EmailTestData.Tokens(_clock).Create(purpose, Id);

        Assert.Matches("^[a-z2-7]+$", token);
        Assert.True(("unsubscribe+" + token).Length <= 64, $"local part too long: {token.Length}");
    }

    [Fact]
    public void Verify_OneCharacterChanged_BadSignature()
    {
        var tokens = EmailTestData.Tokens(_clock);
        var token = tokens.Create(LinkPurpose.Unsubscribe, Id);
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'a' ? 'b' : 'a') + token[(middle + 1)..];

        Assert.Equal(LinkTokenFailure.BadSignature, tokens.Verify(tampered, LinkPurpose.Unsubscribe).Failure);
    }

    [Fact]
    public void Verify_SignedWithAnotherSecret_BadSignature()
    {
        var other = new LinkTokens(Options.Create(new LinkSigningOptions { Secret = new string('x', 40) }), _clock);
        var token = other.Create(LinkPurpose.Unsubscribe, Id);

        var result = EmailTestData.Tokens(_clock).Verify(token, LinkPurpose.Unsubscribe);

        Assert.Equal(LinkTokenFailure.BadSignature, result.Failure);
        Assert.Null(result.EnrollmentId);
    }

    [Fact]
    public void Verify_AfterLifetime_Expired()
    {
        var tokens = EmailTestData.Tokens(_clock);
        var token = tokens.Create(LinkPurpose.Confirm, Id, TimeSpan.FromHours(1));

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.True(tokens.Verify(token, LinkPurpose.Confirm).IsValid);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(LinkTokenFailure.Expired, tokens.Verify(token, LinkPurpose.Confirm).Failure);
    }

    [Fact]
    public void Verify_ConfirmAfterDefaultSevenDays_Expired()
    {
        var tokens = EmailTestData.Tokens(_clock);
        var token = tokens.Create(LinkPurpose.Confirm, Id);

        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        Assert.Equal(LinkTokenFailure.Expired, tokens.Verify(token, LinkPurpose.Confirm).Failure);
    }

    [Fact]
    public void Verify_ReplyTokenYearsLater_StillValid()
    {
        var tokens = EmailTestData.Tokens(_clock);
        var token = tokens.Create(LinkPurpose.Reply, Id);

        _clock.Advance(TimeSpan.FromDays(3650));

        Assert.Equal(Id, tokens.Verify(token, LinkPurpose.Reply).EnrollmentId);
    }

    [Theory]
    [InlineData(LinkPurpose.Unsubscribe, LinkPurpose.Confirm)]
    [InlineData(LinkPurpose.Reply, LinkPurpose.Unsubscribe)]
    [InlineData(LinkPurpose.Confirm, LinkPurpose.Export)]
    public void Verify_OtherPurpose_WrongPurpose(LinkPurpose made, LinkPurpose expected)
    {
        var tokens = EmailTestData.Tokens(_clock);

        Assert.Equal(LinkTokenFailure.WrongPurpose, tokens.Verify(tokens.Create(made, Id), expected).Failure);
    }

    [Fact]
    public void Verify_ReplyTokenChangedCase_StillValid()
    {
        var tokens = EmailTestData.Tokens(_clock);
        var token = tokens.Create(LinkPurpose.Reply, Id);

        Assert.Equal(Id, tokens.Verify(token.ToLowerInvariant(), LinkPurpose.Reply).EnrollmentId);
        Assert.Equal(Id, tokens.Verify(token.ToUpperInvariant(), LinkPurpose.Reply).EnrollmentId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("not-a-token!")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0189")]
    public void Verify_NotAToken_Malformed(string? token)
    {
        Assert.Equal(LinkTokenFailure.Malformed, EmailTestData.Tokens(_clock).Verify(token, LinkPurpose.Reply).Failure);
    }

    [Fact]
    public void Constructor_ShortSecret_Throws()
    {
        var options = Options.Create(new LinkSigningOptions { Secret = "too-short" });

        Assert.Throws<ArgumentException>(() => new LinkTokens(options, _clock));
    }

    [Fact]
    public void Fingerprint_SameValue_SameOpaqueId()
    {
        var tokens = EmailTestData.Tokens(_clock);
        var other = new LinkTokens(Options.Create(new LinkSigningOptions { Secret = new string('y', 40) }), _clock);

        var id = tokens.Fingerprint("a/b");

        Assert.Equal(id, tokens.Fingerprint("a/b"));
        Assert.NotEqual(id, tokens.Fingerprint("a/c"));
        Assert.NotEqual(id, other.Fingerprint("a/b"));
        Assert.Matches("^[a-z2-7]{26}$", id);
    }
}
