using PainDrip.Infrastructure.Email.Addresses;

namespace PainDrip.Infrastructure.Tests.Email.Addresses;

public sealed class MimeAddressParserTests
{
    [Theory]
    [InlineData("sam@example.com")]
    [InlineData("  sam@example.com  ")]
    [InlineData("SAM@Example.COM")]
    [InlineData("sam(x)@example.com")]
    [InlineData("(c)sam@example.com")]
    [InlineData("sam@example.com(c)")]
    [InlineData("sam@(c)example.com")]
    [InlineData("\"Display\" <sam@example.com>")]
    [InlineData("Sam Example <Sam@Example.com>")]
    [InlineData("<sam@example.com>")]
    [InlineData("\"Sam (home)\" <sam(home)@example.com> (old)")]
    public void Parse_EverySpellingOfOneMailbox_GivesThePlainLowerCaseAddress(string text)
    {
        var parsed = new MimeAddressParser().Parse(text);

        Assert.Equal(("sam@example.com", null), (parsed.Address, parsed.Problem));
    }

    [Fact]
    public void Parse_InternationalDomain_IsWrittenInAscii() =>
        Assert.Equal("sam@xn--bcher-kva.example", new MimeAddressParser().Parse("sam@bücher.example").Address);

    [Theory]
    [InlineData("a,b@example.com")]
    [InlineData("a\"b@example.com")]
    [InlineData("[a]@example.com")]
    [InlineData("a<b@example.com")]
    [InlineData("a@b@example.com")]
    [InlineData("sam example@example.com")]
    [InlineData("one@example.com, two@example.com")]
    [InlineData("friends: one@example.com;")]
    [InlineData("<@relay.example:sam@example.com>")]
    [InlineData("sam@")]
    [InlineData("")]
    public void Parse_NotOneMailbox_IsRefusedInPlainWords(string text)
    {
        var parsed = new MimeAddressParser().Parse(text);

        Assert.Null(parsed.Address);
        Assert.Equal("This doesn't look like one email address. It should look like name@example.com.", parsed.Problem);
    }

    [Theory]
    [InlineData("zoë@example.com")]
    [InlineData("\"sam smith\"@example.com")]
    public void Parse_LocalPartARelayWouldRefuse_IsRefusedWithTheReason(string text)
    {
        var parsed = new MimeAddressParser().Parse(text);

        Assert.Null(parsed.Address);
        Assert.Contains("before the @", parsed.Problem);
    }

    [Theory]
    [InlineData("Sam <SAM@example.com>, other@example.com", "sam@example.com")]
    [InlineData("undisclosed-recipients:;", null)]
    [InlineData("", null)]
    public void FirstInField_AddressField_GivesFirstCanonicalMailbox(string field, string? expected) =>
        Assert.Equal(expected, MimeAddressParser.FirstInField(field));

    [Fact]
    public void Read_MailboxLongerThanAHeaderLine_IsRefusedUnread()
    {
        var parse = MimeAddressParser.Read("Sam" + new string(' ', 5_000) + "<sam@example.com>");

        Assert.Null(parse.Address);
        Assert.NotNull(parse.Problem);
    }
}
