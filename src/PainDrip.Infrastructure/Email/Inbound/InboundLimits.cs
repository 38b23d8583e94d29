namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>
/// Size bounds on every piece of a posted message before a parser sees it, so one message from anyone (the reply token
/// is checked only after reading) costs bounded time. Real mail is far inside them; past them a piece is cut or, for
/// an address field, left unread.
/// </summary>
internal static class InboundLimits
{
    /// <summary>An address field (From, To, Cc, the envelope's) longer than this is not read: a few dozen recipients fit.</summary>
    public const int MaxAddressFieldChars = 8 * 1024;

    /// <summary>More angle brackets than this is no list a person writes, and the shape that makes address parsing slow.</summary>
    public const int MaxAngleBrackets = 100;

    /// <summary>The subject kept; RFC 5322 lines stop at 998 characters.</summary>
    public const int MaxSubjectChars = 998;

    /// <summary>A Message-ID or In-Reply-To field read for its first id.</summary>
    public const int MaxIdFieldChars = 2 * 1024;

    /// <summary>The reply text kept for the reader and the coach: about 25 pages, far past anyone's reply above the quote.</summary>
    public const int MaxTextChars = 100 * 1024;

    /// <summary>The HTML read for text when no plain part came: markup is mostly tags, so more than the text limit.</summary>
    public const int MaxHtmlChars = 512 * 1024;

    /// <summary>The MIME parts of a raw message read; past them the source is cut (a reply has a few, a bomb thousands).</summary>
    public const int MaxMimeParts = 200;

    /// <summary>The raw message up to the start of its part number <see cref="MaxMimeParts"/> + 1 (counted by its
    /// <c>Content-Type</c> header lines, in one pass), so neither thousands of parts nor deep nesting reach the parser.</summary>
    public static byte[] CutAtTooManyParts(byte[] source)
    {
        var parts = 0;
        for (var i = source.AsSpan().IndexOf((byte)'\n'); i >= 0 && i < source.Length - 1; )
        {
            if (StartsContentType(source.AsSpan(i + 1)) && ++parts > MaxMimeParts)
            {
                return source[..(i + 1)];
            }
            var next = source.AsSpan(i + 1).IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return source;
    }

    private static bool StartsContentType(ReadOnlySpan<byte> line) =>
        line.Length >= 13 && System.Text.Ascii.EqualsIgnoreCase(line[..13], "content-type:"u8);

    /// <summary>The address field, or <see langword="null"/> when it is too long or has too many <c>&lt;</c> to be real.</summary>
    public static string? AddressField(string? field)
    {
        if (field is null || field.Length > MaxAddressFieldChars)
        {
            return null;
        }
        return field.AsSpan().Count('<') > MaxAngleBrackets ? null : field;
    }

    /// <summary>At most <paramref name="max"/> characters of the text, not splitting a surrogate pair.</summary>
    public static string? Cut(string? text, int max)
    {
        if (text is null || text.Length <= max)
        {
            return text;
        }
        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }
}
