using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NSubstitute;
using PainDrip.Core.Email;
using PainDrip.Functions.Apis;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Email.Events;

namespace PainDrip.Functions.Tests.Apis;

public sealed class MailEventsApiTests : IDisposable
{
    private const string Bounce = """[{"email":"gone@example.com","timestamp":1741000000,"event":"bounce","sg_event_id":"ev-1","sg_message_id":"m1.f1","type":"bounce"}]""";

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly PainDripAppFactory _factory = new();
    private readonly WebApplicationFactory<Program> _signed;

    public MailEventsApiTests()
    {
        _signed = _factory.WithWebHostBuilder(builder =>
            builder.UseSetting("EventWebhookOptions:PublicKey", Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo())));
        _factory.MailEvents.TryRecordAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(true);
    }

    public void Dispose()
    {
        _signed.Dispose();
        _factory.Dispose();
        _key.Dispose();
    }

    [Fact]
    public async Task Post_ValidBounce_SuppressesTheAddress()
    {
        using var response = await _signed.CreateClient().SendAsync(Signed(Bounce));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _factory.Suppressions.Received(1).AddAsync("gone@example.com", SuppressionReason.Bounce, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Post_BadSignature_401BeforeParsing()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        // Not even JSON: a 401 rather than a 400 shows the signature was checked before any parsing.
        using var response = await _signed.CreateClient().SendAsync(Signed("not json at all", other));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Suppressions.ReceivedCalls());
        Assert.Empty(_factory.MailEvents.ReceivedCalls());
    }

    [Fact]
    public async Task Post_SignedBodyAltered_401()
    {
        var request = Signed(Bounce);
        request.Content = new StringContent(Bounce.Replace("gone@", "other@", StringComparison.Ordinal), Encoding.UTF8, "application/json");

        using var response = await _signed.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Suppressions.ReceivedCalls());
    }

    [Fact]
    public async Task Post_NoSignatureHeaders_401()
    {
        using var response = await _signed.CreateClient().PostAsync("/api/mail-events", new StringContent(Bounce, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoKeyConfigured_403()
    {
        using var response = await _factory.CreateClient().SendAsync(Signed(Bounce));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_factory.Suppressions.ReceivedCalls());
    }

    [Theory]
    [InlineData("""{"event":"bounce"}""")]
    [InlineData("[{\"event\":")]
    public async Task Post_SignedButNotAnEventArray_400(string body)
    {
        using var response = await _signed.CreateClient().SendAsync(Signed(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_factory.Suppressions.ReceivedCalls());
    }

    [Fact]
    public async Task Post_LargerThanTheCap_413()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("""{"event":"open","email":"a@example.com"}""", PainDrip.Functions.Functions.MailEventFunctions.MaxBodyBytes / 30)) + "]";

        using var response = await _signed.CreateClient().SendAsync(Signed(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Suppressions.ReceivedCalls());
    }

    private HttpRequestMessage Signed(string body, ECDsa? key = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = (key ?? _key).SignData(
            Encoding.UTF8.GetBytes(timestamp + body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/mail-events")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventWebhookVerifier.SignatureHeader, Convert.ToBase64String(signature));
        request.Headers.Add(EventWebhookVerifier.TimestampHeader, timestamp);
        return request;
    }
}
