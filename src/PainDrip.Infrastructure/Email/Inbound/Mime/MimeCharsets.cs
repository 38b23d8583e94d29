using System.Text;

namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>Finds .NET encodings for MIME charset names, including legacy code pages.</summary>
internal static class MimeCharsets
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static MimeCharsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding for a charset name such as <c>iso-8859-1</c> or <c>"Shift_JIS"</c>, or null when unknown.</summary>
    public static Encoding? Find(string? charset)
    {
        var name = charset?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // RFC 2231 allows a language suffix (utf-8*en); mail clients also write utf8 and latin1.
        var star = name.IndexOf('*');
        name = star >= 0 ? name[..star] : name;
        name = name.ToLowerInvariant() switch
        {
            "utf8" => "utf-8",
            "latin1" or "latin-1" => "iso-8859-1",
            "ks_c_5601-1987" => "euc-kr",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding for a charset name, or <paramref name="fallback"/> when the name is missing or unknown.</summary>
    public static Encoding FindOr(string? charset, Encoding fallback) => Find(charset) ?? fallback;

    /// <summary>
    /// Decodes bytes whose charset nobody declared: UTF-8 when they are valid UTF-8
    /// (plain ASCII included), otherwise windows-1252, the usual culprit.
    /// </summary>
    public static string DecodeUndeclared(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
