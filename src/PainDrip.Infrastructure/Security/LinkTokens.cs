using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PainDrip.Infrastructure.Security;

/// <summary>
/// Makes and checks HMAC-SHA256 signed tokens that name an enrollment for one purpose: confirm,
/// unsubscribe, export and preferences links (expiring) and the reply address (never expiring).
/// </summary>
/// <remarks>
/// A token is lower-case base32 without padding, so it fits in a URL and in an email local part
/// and survives mail servers that lower-case addresses. Layout before encoding: one header byte
/// (purpose, id format, expiry flag), an optional 4-byte expiry (Unix seconds), the enrollment id
/// (16 bytes when it is a lower-case GUID, else UTF-8), then the first 80 bits of the MAC.
/// A GUID reply token is 44 characters, so <c>reply+token</c> stays under the 64-octet local-part limit.
/// </remarks>
public sealed class LinkTokens
{
    private const int MacBytes = 10;
    private const int ExpiryBytes = 4;
    private const int MaxTokenLength = 400;
    private static readonly byte[] LinkLabel = Encoding.ASCII.GetBytes("paindrip/link/v1\0");
    private static readonly byte[] FingerprintLabel = Encoding.ASCII.GetBytes("paindrip/fingerprint/v1\0");

    private readonly byte[] _key;
    private readonly LinkSigningOptions _options;
    private readonly TimeProvider _time;

    public LinkTokens(IOptions<LinkSigningOptions> options, TimeProvider time)
    {
        _options = options.Value;
        if (!_options.HasStrongSecret)
        {
            throw new ArgumentException(
                $"{nameof(LinkSigningOptions)}.{nameof(LinkSigningOptions.Secret)} must be at least {LinkSigningOptions.MinimumSecretBytes} bytes.");
        }
        _key = Encoding.UTF8.GetBytes(_options.Secret);
        _time = time;
    }

    /// <summary>A token for the purpose; reply tokens never expire, the others after their configured lifetime or <paramref name="lifetime"/>.</summary>
    public string Create(LinkPurpose purpose, string enrollmentId, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(enrollmentId);
        var (format, id) = LinkTokenId.Encode(enrollmentId);
        var expires = purpose == LinkPurpose.Reply && lifetime is null
            ? (DateTimeOffset?)null
            : _time.GetUtcNow() + (lifetime ?? DefaultLifetime(purpose));
        var body = new byte[1 + (expires is null ? 0 : ExpiryBytes) + id.Length];
        body[0] = (byte)(((int)purpose << 4) | (format << 1) | (expires is null ? 0 : 1));
        if (expires is { } at)
        {
            BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1), checked((uint)Math.Ceiling(at.ToUnixTimeMilliseconds() / 1000.0)));
        }
        id.CopyTo(body.AsSpan(body.Length - id.Length));
        return Base32.Encode([.. body, .. Mac(body)]);
    }

    /// <summary>Checks a token (any letter case) for the expected purpose and returns the enrollment id or why it was refused.</summary>
    /// <remarks>The signature is compared in constant time and checked before anything inside the token is trusted.</remarks>
    public LinkVerification Verify(string? token, LinkPurpose expected)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || Base32.TryDecode(token) is not { } bytes
            || bytes.Length < 2 + MacBytes)
        {
            return LinkVerification.Refused(LinkTokenFailure.Malformed);
        }
        var body = bytes.AsSpan(0, bytes.Length - MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(Mac(body), bytes.AsSpan(body.Length)))
        {
            return LinkVerification.Refused(LinkTokenFailure.BadSignature);
        }
        var header = body[0];
        if ((LinkPurpose)(header >> 4) != expected)
        {
            return LinkVerification.Refused(LinkTokenFailure.WrongPurpose);
        }
        var idStart = 1;
        if ((header & 1) == 1)
        {
            var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(body[1..]));
            if (_time.GetUtcNow() >= expires)
            {
                return LinkVerification.Refused(LinkTokenFailure.Expired);
            }
            idStart += ExpiryBytes;
        }
        return LinkTokenId.TryDecode((header >> 1) & 3, body[idStart..]) is { } id
            ? LinkVerification.Valid(id)
            : LinkVerification.Refused(LinkTokenFailure.Malformed);
    }

    /// <summary>
    /// A keyed, one-way id for a value (26 lower-case base32 characters): the same input always gives
    /// the same id, and nobody without the secret can tell what the input was.
    /// </summary>
    public string Fingerprint(string value)
    {
        var hash = HMACSHA256.HashData(_key, (byte[])[.. FingerprintLabel, .. Encoding.UTF8.GetBytes(value)]);
        return Base32.Encode(hash.AsSpan(0, 16));
    }

    private byte[] Mac(ReadOnlySpan<byte> body) =>
        HMACSHA256.HashData(_key, (byte[])[.. LinkLabel, .. body])[..MacBytes];

    private TimeSpan DefaultLifetime(LinkPurpose purpose) => purpose switch
    {
        LinkPurpose.Confirm => _options.ConfirmLifetime,
        LinkPurpose.Unsubscribe => _options.UnsubscribeLifetime,
        LinkPurpose.Export => _options.ExportLifetime,
        LinkPurpose.Preferences => _options.PreferencesLifetime,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "This purpose needs an explicit lifetime."),
    };
}
