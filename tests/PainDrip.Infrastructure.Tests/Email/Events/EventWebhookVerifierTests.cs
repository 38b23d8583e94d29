using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PainDrip.Infrastructure.Email.Events;

namespace PainDrip.Infrastructure.Tests.Email.Events;

public sealed class EventWebhookVerifierTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """[{"email":"sam@example.com","timestamp":1740988800,"event":"bounce","sg_event_id":"ZGVsaXZlcmVkLTAtMTIz","type":"bounce"}]""" + "\r\n");

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly string _timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _key.Dispose();

    [Fact]
    public void Verify_SignedByConfiguredKey_IsValid() =>
        Assert.Equal(EventWebhookVerdict.Valid, Verifier().Verify(Sign(_timestamp, Body), _timestamp, Body));

    [Fact]
    public void Verify_FromHeaders_IsValid()
    {
        var headers = new HeaderDictionary
        {
            [EventWebhookVerifier.SignatureHeader] = Sign(_timestamp, Body),
            [EventWebhookVerifier.TimestampHeader] = _timestamp,
        };

        Assert.Equal(EventWebhookVerdict.Valid, Verifier().Verify(headers, Body));
    }

    [Fact]
    public void Verify_PublicKeyAsSendGridPublishesIt_HasTheDocumentedPrefix() =>
        Assert.StartsWith("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", PublicKey(_key));

    [Fact]
    public void Verify_BodyTampered_IsBad()
    {
        var tampered = Body.ToArray();
        tampered[20] ^= 0x01;

        Assert.Equal(EventWebhookVerdict.BadSignature, Verifier().Verify(Sign(_timestamp, Body), _timestamp, tampered));
    }

    [Fact]
    public void Verify_BodyReserialized_IsBad()
    {
        var trimmed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).TrimEnd());

        Assert.Equal(EventWebhookVerdict.BadSignature, Verifier().Verify(Sign(_timestamp, Body), _timestamp, trimmed));
    }

    [Fact]
    public void Verify_TimestampTampered_IsBad()
    {
        var other = (Now.ToUnixTimeSeconds() + 1).ToString(CultureInfo.InvariantCulture);

        Assert.Equal(EventWebhookVerdict.BadSignature, Verifier().Verify(Sign(_timestamp, Body), other, Body));
    }

    [Fact]
    public void Verify_SignedByOtherKey_IsBad()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signature = Convert.ToBase64String(other.SignData(Signed(_timestamp, Body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        Assert.Equal(EventWebhookVerdict.BadSignature, Verifier().Verify(signature, _timestamp, Body));
    }

    [Theory]
    [InlineData(-11)]
    [InlineData(11)]
    public void Verify_TimestampBeyondMaxAge_IsStale(int minutes)
    {
        var signedAt = Now.AddMinutes(minutes).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.Equal(EventWebhookVerdict.Stale, Verifier().Verify(Sign(signedAt, Body), signedAt, Body));
    }

    [Fact]
    public void Verify_TimestampWithinMaxAge_IsValid()
    {
        var signedAt = Now.AddMinutes(-9).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.Equal(EventWebhookVerdict.Valid, Verifier().Verify(Sign(signedAt, Body), signedAt, Body));
    }

    [Theory]
    [InlineData(null, "1740988800")]
    [InlineData("MEUCIQ==", null)]
    [InlineData("", "")]
    public void Verify_HeaderMissing_IsMissing(string? signature, string? timestamp) =>
        Assert.Equal(EventWebhookVerdict.MissingSignature, Verifier().Verify(signature, timestamp, Body));

    [Theory]
    [InlineData("not base64!", "1740988800")]
    [InlineData("AAECAwQ=", "1740988800")]
    [InlineData("MEUCIQ==", "yesterday")]
    [InlineData("MEUCIQ==", "-5")]
    public void Verify_HeaderMalformed_IsMalformed(string signature, string timestamp) =>
        Assert.Equal(EventWebhookVerdict.MalformedSignature, Verifier().Verify(signature, timestamp, Body));

    [Fact]
    public void Verify_NoKeyConfigured_IsNotConfigured() =>
        Assert.Equal(EventWebhookVerdict.NotConfigured, Verifier(publicKey: "").Verify(Sign(_timestamp, Body), _timestamp, Body));

    [Fact]
    public void Constructor_KeyOfOtherCurve_Throws()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<InvalidOperationException>(() => Verifier(PublicKey(p384)));
        Assert.False(EventWebhookVerifier.IsUsablePublicKey("bm90IGEga2V5"));
    }

    private EventWebhookVerifier Verifier(string? publicKey = null) => new(
        Options.Create(new EventWebhookOptions { PublicKey = publicKey ?? PublicKey(_key), MaxAge = TimeSpan.FromMinutes(10) }),
        new FixedTimeProvider(Now));

    private string Sign(string timestamp, byte[] body) =>
        Convert.ToBase64String(_key.SignData(Signed(timestamp, body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    private static byte[] Signed(string timestamp, byte[] body) => [.. Encoding.UTF8.GetBytes(timestamp), .. body];

    private static string PublicKey(ECDsa key) => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
