using System.Text;

namespace PainDrip.Infrastructure.Security;

/// <summary>Packs an enrollment id into as few bytes as round-trip exactly, to keep tokens short.</summary>
internal static class LinkTokenId
{
    private const int Utf8 = 0;
    private const int GuidD = 1;
    private const int GuidN = 2;

    public static (int Format, byte[] Bytes) Encode(string enrollmentId)
    {
        if (Guid.TryParseExact(enrollmentId, "D", out var d) && d.ToString("D") == enrollmentId)
        {
            return (GuidD, d.ToByteArray(bigEndian: true));
        }
        if (Guid.TryParseExact(enrollmentId, "N", out var n) && n.ToString("N") == enrollmentId)
        {
            return (GuidN, n.ToByteArray(bigEndian: true));
        }
        return (Utf8, Encoding.UTF8.GetBytes(enrollmentId));
    }

    public static string? TryDecode(int format, ReadOnlySpan<byte> bytes) => format switch
    {
        GuidD when bytes.Length == 16 => new Guid(bytes, bigEndian: true).ToString("D"),
        GuidN when bytes.Length == 16 => new Guid(bytes, bigEndian: true).ToString("N"),
        Utf8 when bytes.Length > 0 => Encoding.UTF8.GetString(bytes),
        _ => null,
    };
}
