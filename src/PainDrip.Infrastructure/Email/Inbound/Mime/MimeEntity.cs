namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>One node of a MIME message: headers plus either a leaf body or child entities.</summary>
internal sealed class MimeEntity
{
    // Deeper nesting than this is not mail anyone wrote by hand; treat it as an opaque leaf.
    private const int MaxDepth = 12;

    private MimeEntity(MimeHeaders headers, ReadOnlyMemory<byte> body, IReadOnlyList<MimeEntity> children)
    {
        Headers = headers;
        ContentType = ContentType.Parse(headers.Get("Content-Type"));
        Body = body;
        Children = children;
    }

    public MimeHeaders Headers { get; }

    public ContentType ContentType { get; }

    /// <summary>The body as transmitted (still transfer-encoded); the preamble for multiparts.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    public IReadOnlyList<MimeEntity> Children { get; }

    /// <summary>Whether the part is meant as a file rather than as the message text.</summary>
    public bool IsAttachment
    {
        get
        {
            var disposition = ContentType.Parse(Headers.Get("Content-Disposition"));
            return disposition.Value == "attachment"
                || disposition.Parameter("filename") is not null
                || ContentType.Parameter("name") is not null && !ContentType.Value.StartsWith("text/", StringComparison.Ordinal);
        }
    }

    /// <summary>Parses a whole message (or part) from its source bytes.</summary>
    public static MimeEntity Parse(ReadOnlyMemory<byte> source) => Parse(source, depth: 0);

    /// <summary>This entity and all entities below it, depth first, in document order.</summary>
    public IEnumerable<MimeEntity> Descendants()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(child => child.Descendants()))
        {
            yield return descendant;
        }
    }

    /// <summary>The leaf body with transfer encoding undone and the declared charset applied.</summary>
    public string DecodeText()
    {
        var bytes = TransferDecoding.Decode(Headers.Get("Content-Transfer-Encoding"), Body.Span);
        var encoding = MimeCharsets.Find(ContentType.Charset);
        return encoding is null ? MimeCharsets.DecodeUndeclared(bytes) : encoding.GetString(bytes);
    }

    private static MimeEntity Parse(ReadOnlyMemory<byte> source, int depth)
    {
        var (headerLength, bodyStart) = MimeLines.FindHeaderEnd(source.Span);
        var headers = MimeHeaders.Parse(MimeCharsets.DecodeUndeclared(source.Span[..headerLength]));
        var body = source[bodyStart..];
        var contentType = ContentType.Parse(headers.Get("Content-Type"));
        if (!contentType.IsMultipart || string.IsNullOrEmpty(contentType.Boundary) || depth >= MaxDepth)
        {
            return new MimeEntity(headers, body, []);
        }

        var children = MimeLines.SplitMultipart(body, contentType.Boundary)
            .Select(part => Parse(part, depth + 1))
            .ToList();
        return new MimeEntity(headers, body, children);
    }
}
