using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace PainDrip.Infrastructure.Email.Events;

/// <summary>
/// Checks the ECDSA P-256 signature SendGrid puts on Event Webhook posts: SHA-256 over the timestamp
/// header followed by the raw body, signed as a DER sequence. Verify before parsing the body.
/// </summary>
public sealed class EventWebhookVerifier
{
    /// <summary>The header carrying the base64 DER signature.</summary>
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";

    /// <summary>The header carrying the signed Unix-seconds timestamp.</summary>
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    private readonly byte[]? _publicKey;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;

    /// <summary>Creates the verifier; throws <see cref="InvalidOperationException"/> when a configured key is not a P-256 public key.</summary>
    public EventWebhookVerifier(IOptions<EventWebhookOptions> options, TimeProvider time)
    {
        _publicKey = ReadPublicKey(options.Value.PublicKey);
        _maxAge = options.Value.MaxAge;
        _time = time;
    }

    /// <summary>Verifies a post from its headers and the unmodified body bytes.</summary>
    public EventWebhookVerdict Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body) =>
        Verify(headers[SignatureHeader].ToString(), headers[TimestampHeader].ToString(), body);

    /// <summary>Verifies a post from the two header values and the unmodified body bytes.</summary>
    public EventWebhookVerdict Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_publicKey is null)
        {
            return EventWebhookVerdict.NotConfigured;
        }
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return EventWebhookVerdict.MissingSignature;
        }
        var signatureBytes = TryBase64(signature.Trim());
        if (signatureBytes is null || !IsDerSignature(signatureBytes) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return EventWebhookVerdict.MalformedSignature;
        }
        var verdict = CheckSignature(signatureBytes, timestamp, body);
        return verdict == EventWebhookVerdict.Valid && !IsFresh(seconds) ? EventWebhookVerdict.Stale : verdict;
    }

    private EventWebhookVerdict CheckSignature(byte[] signature, string timestamp, ReadOnlySpan<byte> body)
    {
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp), .. body];
        try
        {
            // A fresh key object per call: ECDsa instances are not documented as thread-safe.
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(_publicKey, out _);
            return key.VerifyData(signed, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
                ? EventWebhookVerdict.Valid
                : EventWebhookVerdict.BadSignature;
        }
        catch (CryptographicException)
        {
            return EventWebhookVerdict.MalformedSignature;
        }
    }

    // An ECDSA signature in DER is SEQUENCE { INTEGER r, INTEGER s } and nothing else.
    private static bool IsDerSignature(byte[] signature)
    {
        try
        {
            var reader = new AsnReader(signature, AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            sequence.ReadIntegerBytes();
            sequence.ReadIntegerBytes();
            sequence.ThrowIfNotEmpty();
            reader.ThrowIfNotEmpty();
            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private bool IsFresh(long seconds)
    {
        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return (_time.GetUtcNow() - signedAt).Duration() <= _maxAge;
    }

    /// <summary>Whether a configured key is usable: empty (verification off) or a base64 P-256 SubjectPublicKeyInfo.</summary>
    public static bool IsUsablePublicKey(string? base64)
    {
        try
        {
            ReadPublicKey(base64);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static byte[]? ReadPublicKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }
        var bytes = TryBase64(base64.Trim()) ?? throw InvalidKey();
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(bytes, out _);
            return key.KeySize == 256 ? bytes : throw InvalidKey();
        }
        catch (CryptographicException exception)
        {
            throw InvalidKey(exception);
        }
    }

    private static InvalidOperationException InvalidKey(Exception? inner = null) => new(
        $"{nameof(EventWebhookOptions)}.{nameof(EventWebhookOptions.PublicKey)} is not a base64 DER SubjectPublicKeyInfo of an ECDSA P-256 key.",
        inner);

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
