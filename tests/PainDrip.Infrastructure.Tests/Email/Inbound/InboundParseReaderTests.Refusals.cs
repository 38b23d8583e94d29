using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PainDrip.Infrastructure.Tests.Email.Inbound;

public sealed partial class InboundParseReaderTests
{
    private const string TruncatedForm =
        "--b0und\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\nsam@example.com\r\n--b0und\r\nContent-Disposition: form-da";

    [Fact]
    public async Task ReadAsync_MissingSecret_IsRefusedBeforeParsing()
    {
        using var response = await host.Client.PostAsync(host.Url(key: null), Malformed());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_WrongSecret_IsRefusedBeforeParsing()
    {
        using var response = await host.Client.PostAsync(host.Url("parse-secret-3f9b"), Malformed());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_SecretAsBasicAuthPassword_IsAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Url(key: null)) { Content = InboundPost.Parsed().ToContent() };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"sendgrid:{InboundParseHost.Secret}")));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_BodyOverLimitWithContentLength_Is413()
    {
        var post = InboundPost.Parsed().File("attachment1", "big.bin", "application/octet-stream", new byte[InboundParseHost.MaxBodyBytes]);

        using var response = await host.Client.PostAsync(host.Url(), post.ToContent());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_ChunkedBodyGrowingOverLimit_Is413()
    {
        var post = InboundPost.Parsed().Field("text", new string('a', (int)InboundParseHost.MaxBodyBytes + 10));
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Url()) { Content = post.ToContent() };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_TruncatedMultipart_Is400()
    {
        using var response = await host.Client.PostAsync(host.Url(), Malformed());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_JsonInsteadOfForm_Is400()
    {
        using var content = new StringContent("""{"from":"sam@example.com"}""", Encoding.UTF8, "application/json");

        using var response = await host.Client.PostAsync(host.Url(), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_FormWithoutParseFields_Is400()
    {
        var post = new InboundPost().Field("name", "Sam").Field("comment", "hello");

        using var response = await host.Client.PostAsync(host.Url(), post.ToContent());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_EnvelopeNotJson_Is400()
    {
        var post = InboundPost.Parsed().Field("envelope", "{to: [reply+x@parse");

        using var response = await host.Client.PostAsync(host.Url(), post.ToContent());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static ByteArrayContent Malformed()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(TruncatedForm));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b0und");
        return content;
    }
}
