using System.Text;
using PainDrip.Infrastructure.Email.Inbound.Mime;

namespace PainDrip.Infrastructure.Tests.Email.Inbound.Mime;

public sealed class MimeEntityTests
{
    [Fact]
    public void Parse_FoldedHeaders_AreUnfolded()
    {
        var entity = Parse("Subject: first line\r\n  second line\r\nX-Other: 1\r\n\r\nbody");

        Assert.Equal("first line  second line", entity.Headers.Get("subject"));
        Assert.Equal("body", Encoding.ASCII.GetString(entity.Body.Span));
    }

    [Fact]
    public void Parse_BareLineFeeds_AreAccepted()
    {
        var entity = Parse("Content-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\none\n--zz\n\ntwo\n--zz--\n");

        Assert.Equal(["one", "two"], entity.Children.Select(child => child.DecodeText()));
    }

    [Fact]
    public void Parse_BoundaryPrefixOfLongerLine_IsNotADelimiter()
    {
        var entity = Parse("Content-Type: multipart/mixed; boundary=ab\r\n\r\n--ab\r\n\r\n--abc is text\r\n--ab--\r\n");

        Assert.Equal("--abc is text", Assert.Single(entity.Children).DecodeText());
    }

    [Fact]
    public void Parse_MissingCloseDelimiter_KeepsLastPart()
    {
        var entity = Parse("Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n\r\ncut off here");

        Assert.Equal("cut off here", Assert.Single(entity.Children).DecodeText());
    }

    [Fact]
    public void Parse_DeepNesting_StopsAtLimitWithoutFailing()
    {
        var source = new StringBuilder();
        for (var depth = 0; depth < 50; depth++)
        {
            source.Append($"Content-Type: multipart/mixed; boundary=b{depth}\r\n\r\n--b{depth}\r\n");
        }
        source.Append("Content-Type: text/plain\r\n\r\ndeep");

        var entity = Parse(source.ToString());

        Assert.True(entity.Descendants().Count() < 50);
    }

    [Fact]
    public void DecodeText_UndeclaredLatin1Bytes_FallBackToWindows1252()
    {
        var entity = MimeEntity.Parse(Encoding.Latin1.GetBytes("Content-Type: text/plain\r\n\r\nça"));

        Assert.Equal("ça", entity.DecodeText());
    }

    private static MimeEntity Parse(string source) => MimeEntity.Parse(Encoding.UTF8.GetBytes(source));
}
