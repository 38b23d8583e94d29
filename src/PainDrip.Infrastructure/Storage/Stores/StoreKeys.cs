using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>Key shapes shared by the stores.</summary>
internal static class StoreKeys
{
    private const int MaxEscapedLength = 400;

    /// <summary>An address as the stores compare it: trimmed and lower-cased.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>The keyed hash that stands for an address in every key; the address itself is never a key.</summary>
    public static string AddressKey(LinkTokens tokens, string email) => tokens.Fingerprint(NormalizeEmail(email));

    /// <summary>
    /// Any text as a key: characters keys may not hold (and '%') become %XX, so distinct texts stay
    /// distinct; text too long for a key becomes "sha256-" and its hash.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '/' or '\\' or '#' or '?' or <= '\u001F' or (>= '\u007F' and <= '\u009F'))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.Length <= MaxEscapedLength
            ? builder.ToString()
            : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Ticks since 0001-01-01 as 19 digits, so keys sort in time order.</summary>
    public static string Ticks(Instant at) => Ticks(at.ToDateTimeUtc().Ticks);

    public static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Ticks counted down from the end of time, so the newest sort first.</summary>
    public static string InvertedTicks(Instant at) => Ticks(DateTime.MaxValue.Ticks - at.ToDateTimeUtc().Ticks);

    /// <summary>A unique key that sorts by <paramref name="at"/>, then roughly by write order.</summary>
    public static string TimeOrdered(Instant at) => $"{Ticks(at)}-{Guid.CreateVersion7():N}";
}
