using System.Collections.Concurrent;
using System.Text;
using MimeKit;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Finds encodings for charset names through MimeKit's alias table (legacy code pages: <see cref="MailParsing"/>).</summary>
internal static class MailCharsets
{
    // Names seen before, so the few a mail service uses are looked up once: MimeKit's lookup takes a process-wide lock,
    // which every field of every concurrent post would queue on. Bounded, since the names come from the sender.
    private const int MaxKnownNames = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly ConcurrentDictionary<string, Encoding?> Known = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The encoding for a name such as <c>iso-8859-1</c>, <c>latin1</c> or <c>"Shift_JIS"</c>; <see langword="null"/> when unknown.</summary>
    public static Encoding? Find(string? charset)
    {
        var name = charset?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        if (Known.TryGetValue(name, out var known))
        {
            return known;
        }
        var encoding = new ContentType("text", "plain") { Charset = name }.CharsetEncoding;
        if (Known.Count < MaxKnownNames)
        {
            Known.TryAdd(name, encoding);
        }
        return encoding;
    }

    /// <summary>Bytes whose charset nobody declared: UTF-8 when valid (ASCII included), else windows-1252, the usual culprit.</summary>
    public static string DecodeUndeclared(byte[] bytes)
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
