using PainDrip.Infrastructure.Email.Inbound.Mime;

namespace PainDrip.Infrastructure.Tests.Email.Inbound.Mime;

public sealed class EncodedWordsTests
{
    [Theory]
    [InlineData("plain subject", "plain subject")]
    [InlineData("=?utf-8?q?caf=C3=A9_au_lait?=", "café au lait")]
    [InlineData("=?ISO-8859-1?Q?Sch=F6n?= heute", "Schön heute")]
    [InlineData("=?windows-1252?Q?=93quoted=94?=", "“quoted”")]
    [InlineData("=?Shift_JIS?B?g2WDWINn?=", "テスト")]
    [InlineData("=?utf-8*en?B?aGVsbG8=?=", "hello")]
    [InlineData("a =?utf-8?Q?b?= =?utf-8?Q?c?= d", "a bc d")]
    public void Decode_EncodedWords_GivesText(string header, string expected) =>
        Assert.Equal(expected, EncodedWords.Decode(header));

    [Fact]
    public void Decode_MultiByteCharacterSplitAcrossWords_JoinsBytesFirst() =>
        // "ü" is C3 BC in UTF-8; the encoder put one byte in each word.
        Assert.Equal("Rücken", EncodedWords.Decode("=?UTF-8?Q?R=C3?= =?UTF-8?Q?=BCcken?="));

    [Theory]
    [InlineData("=?x-unknown-charset?Q?abc?=")]
    [InlineData("=?utf-8?X?abc?=")]
    public void Decode_UndecodableWord_StaysAsWritten(string header) =>
        Assert.Equal(header, EncodedWords.Decode(header));
}
