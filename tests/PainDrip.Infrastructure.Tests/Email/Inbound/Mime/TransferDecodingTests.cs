using System.Text;
using PainDrip.Infrastructure.Email.Inbound.Mime;

namespace PainDrip.Infrastructure.Tests.Email.Inbound.Mime;

public sealed class TransferDecodingTests
{
    [Theory]
    [InlineData("a=3Db", "a=b")]
    [InlineData("soft =\r\nbreak", "soft break")]
    [InlineData("soft =  \nbreak", "soft break")]
    [InlineData("stray = sign", "stray = sign")]
    [InlineData("bad =ZZ hex", "bad =ZZ hex")]
    [InlineData("ends with =", "ends with ")]
    public void QuotedPrintable_Input_Decodes(string input, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(TransferDecoding.QuotedPrintable(Encoding.ASCII.GetBytes(input))));

    [Theory]
    [InlineData("aGVs\r\nbG8=", "hello")]
    [InlineData("aGVsbG8", "hello")]
    [InlineData("aGVs bG8=\r\n=garbage", "hello")]
    public void Base64Lenient_WrappedOrUnpadded_Decodes(string input, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(TransferDecoding.Base64Lenient(Encoding.ASCII.GetBytes(input))!));

    [Theory]
    [InlineData("7bit")]
    [InlineData("8bit")]
    [InlineData(null)]
    public void Decode_IdentityEncodings_PassThrough(string? encoding) =>
        Assert.Equal("raw =41"u8.ToArray(), TransferDecoding.Decode(encoding, "raw =41"u8));
}
