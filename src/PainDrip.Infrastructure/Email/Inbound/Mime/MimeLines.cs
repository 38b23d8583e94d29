using System.Text;

namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>Byte-level line scanning for MIME: where headers end and where multipart boundaries are.</summary>
internal static class MimeLines
{
    /// <summary>The length of the header block and the offset where the body starts (after the blank line).</summary>
    public static (int HeaderLength, int BodyStart) FindHeaderEnd(ReadOnlySpan<byte> source)
    {
        var lineStart = 0;
        while (lineStart < source.Length)
        {
            var (lineLength, next) = NextLine(source, lineStart);
            if (lineLength == 0)
            {
                return (lineStart, next);
            }
            lineStart = next;
        }
        return (source.Length, source.Length);
    }

    /// <summary>
    /// The parts between <c>--boundary</c> delimiter lines, ignoring preamble and epilogue.
    /// The line break before a delimiter belongs to the delimiter. A missing close delimiter ends the last part at the end of input.
    /// </summary>
    public static List<ReadOnlyMemory<byte>> SplitMultipart(ReadOnlyMemory<byte> body, string boundary)
    {
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<ReadOnlyMemory<byte>>();
        var span = body.Span;
        int? partStart = null;
        var lineStart = 0;
        while (lineStart < span.Length)
        {
            var (lineLength, next) = NextLine(span, lineStart);
            var kind = DelimiterKind(span.Slice(lineStart, lineLength), delimiter);
            if (kind != Delimiter.None)
            {
                if (partStart is { } start)
                {
                    parts.Add(body[start..PreviousLineBreak(span, start, lineStart)]);
                }
                if (kind == Delimiter.Close)
                {
                    return parts;
                }
                partStart = next;
            }
            lineStart = next;
        }
        if (partStart is { } last && last < span.Length)
        {
            parts.Add(body[last..]);
        }
        return parts;
    }

    private enum Delimiter { None, Open, Close }

    private static Delimiter DelimiterKind(ReadOnlySpan<byte> line, ReadOnlySpan<byte> delimiter)
    {
        if (!line.StartsWith(delimiter))
        {
            return Delimiter.None;
        }
        var rest = line[delimiter.Length..];
        var close = rest.StartsWith("--"u8);
        rest = close ? rest[2..] : rest;
        // Only transport padding may follow a delimiter; anything else is a longer, different boundary.
        foreach (var b in rest)
        {
            if (b is not ((byte)' ' or (byte)'\t'))
            {
                return Delimiter.None;
            }
        }
        return close ? Delimiter.Close : Delimiter.Open;
    }

    private static int PreviousLineBreak(ReadOnlySpan<byte> span, int partStart, int delimiterStart)
    {
        var end = delimiterStart;
        if (end > partStart && span[end - 1] == '\n')
        {
            end--;
            if (end > partStart && span[end - 1] == '\r')
            {
                end--;
            }
        }
        return end;
    }

    // Line length excludes the line break (CRLF or bare LF); next is the offset after it.
    private static (int Length, int Next) NextLine(ReadOnlySpan<byte> source, int start)
    {
        var newline = source[start..].IndexOf((byte)'\n');
        if (newline < 0)
        {
            return (source.Length - start, source.Length);
        }
        var length = newline > 0 && source[start + newline - 1] == '\r' ? newline - 1 : newline;
        return (length, start + newline + 1);
    }
}
