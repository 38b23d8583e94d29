namespace PainDrip.Infrastructure.Security;

/// <summary>RFC 4648 base32 in lower case without padding: URL-safe and unharmed by mail servers that lower-case addresses.</summary>
internal static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var chars = new char[(data.Length * 8 + 4) / 5];
        int buffer = 0, bits = 0, index = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0)
        {
            chars[index++] = Alphabet[(buffer << (5 - bits)) & 31];
        }
        return new string(chars, 0, index);
    }

    /// <summary>Decodes lower- or upper-case text; <see langword="null"/> when a character is outside the alphabet.</summary>
    public static byte[]? TryDecode(string text)
    {
        var bytes = new byte[text.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(char.ToLowerInvariant(c));
            if (value < 0)
            {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes[index++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }
        // Leftover bits must be zero, so each byte string has exactly one spelling.
        return (buffer & ((1 << bits) - 1)) == 0 ? bytes : null;
    }
}
