namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>A MIME Content-Type (or Content-Disposition) value: a lower-case token plus parameters.</summary>
internal sealed record ContentType(string Value, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>What RFC 2045 assumes when a part has no Content-Type.</summary>
    public static ContentType Default { get; } = new("text/plain", new Dictionary<string, string>());

    public bool IsMultipart => Value.StartsWith("multipart/", StringComparison.Ordinal);

    public string? Charset => Parameter("charset");

    public string? Boundary => Parameter("boundary");

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses <c>type/subtype; name=value; name="quoted; value"</c>; null or blank input gives <see cref="Default"/>.</summary>
    public static ContentType Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Default;
        }
        var parts = SplitOutsideQuotes(header);
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts.Skip(1))
        {
            var equals = part.IndexOf('=');
            if (equals > 0)
            {
                parameters[part[..equals].Trim()] = Unquote(part[(equals + 1)..].Trim());
            }
        }
        return new ContentType(parts[0].Trim().ToLowerInvariant(), parameters);
    }

    private static List<string> SplitOutsideQuotes(string header)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '\\' && quoted)
            {
                i++;
            }
            else if (header[i] == '"')
            {
                quoted = !quoted;
            }
            else if (header[i] == ';' && !quoted)
            {
                parts.Add(header[start..i]);
                start = i + 1;
            }
        }
        parts.Add(header[start..]);
        return parts;
    }

    private static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }
        return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }
}
