using System.Text;

namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>Undoes Content-Transfer-Encoding: quoted-printable and base64, leniently.</summary>
internal static class TransferDecoding
{
    /// <summary>Decodes a body by its Content-Transfer-Encoding; 7bit, 8bit, binary and unknown values pass through.</summary>
    public static byte[] Decode(string? transferEncoding, ReadOnlySpan<byte> body) =>
        transferEncoding?.Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => QuotedPrintable(body),
            "base64" => Base64Lenient(body) ?? body.ToArray(),
            _ => body.ToArray(),
        };

    /// <summary>Decodes quoted-printable: <c>=XX</c> escapes and soft line breaks; a stray <c>=</c> stays as written.</summary>
    public static byte[] QuotedPrintable(ReadOnlySpan<byte> input)
    {
        var output = new List<byte>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var b = input[i];
            if (b != '=')
            {
                output.Add(b);
            }
            else if (i + 2 < input.Length && IsHex(input[i + 1]) && IsHex(input[i + 2]))
            {
                output.Add((byte)((HexValue(input[i + 1]) << 4) | HexValue(input[i + 2])));
                i += 2;
            }
            else if (SoftBreakLength(input[(i + 1)..]) is var length and >= 0)
            {
                i += length;
            }
            else
            {
                output.Add(b);
            }
        }
        return [.. output];
    }

    /// <summary>Decodes base64 text, ignoring line breaks and stray characters; null when nothing decodable is left.</summary>
    public static byte[]? TryBase64(string text) => Base64Lenient(Encoding.ASCII.GetBytes(text));

    /// <summary>Decodes base64 bytes, ignoring line breaks and stray characters and repairing missing padding.</summary>
    public static byte[]? Base64Lenient(ReadOnlySpan<byte> input)
    {
        var clean = new StringBuilder(input.Length);
        foreach (var b in input)
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'+' or (byte)'/')
            {
                clean.Append((char)b);
            }
            else if (b == '=')
            {
                break;
            }
        }
        // A lone trailing sextet carries no whole byte.
        if (clean.Length % 4 == 1)
        {
            clean.Length--;
        }
        clean.Append('=', (4 - clean.Length % 4) % 4);
        try
        {
            return Convert.FromBase64String(clean.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // Trailing whitespace is allowed between '=' and the line break; -1 means "not a soft break".
    private static int SoftBreakLength(ReadOnlySpan<byte> rest)
    {
        var i = 0;
        while (i < rest.Length && rest[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }
        if (i < rest.Length && rest[i] == '\n')
        {
            return i + 1;
        }
        if (i + 1 < rest.Length && rest[i] == '\r' && rest[i + 1] == '\n')
        {
            return i + 2;
        }
        return i == rest.Length ? i : -1;
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'F' or >= (byte)'a' and <= (byte)'f';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
