using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Console.SignIn;

/// <summary>
/// A JSON value in a cookie, signed with the link-signing secret (shared by every instance) under a purpose label,
/// so a cookie made for one purpose never passes as another and any altered byte makes it unreadable.
/// </summary>
public sealed class SignedCookie(LinkTokens tokens)
{
    private const int MaxLength = 3000;

    /// <summary>The cookie text for <paramref name="value"/>.</summary>
    public string Protect<T>(string purpose, T value)
    {
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
        return $"{body}.{tokens.Fingerprint($"{purpose}\n{body}")}";
    }

    /// <summary>The value, or <see langword="null"/> when the cookie is missing, altered, or made for another purpose.</summary>
    public T? Unprotect<T>(string purpose, string? cookie) where T : class
    {
        if (string.IsNullOrEmpty(cookie) || cookie.Length > MaxLength || cookie.Split('.') is not [var body, var mac])
        {
            return null;
        }
        var expected = tokens.Fingerprint($"{purpose}\n{body}");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(expected)))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(body));
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            return null;
        }
    }
}
