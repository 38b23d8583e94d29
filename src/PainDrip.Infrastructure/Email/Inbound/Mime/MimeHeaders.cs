namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>A parsed header block: unfolded fields in their original order, names compared case-insensitively.</summary>
internal sealed class MimeHeaders
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private MimeHeaders(List<KeyValuePair<string, string>> fields) => _fields = fields;

    public static MimeHeaders Empty { get; } = new([]);

    public int Count => _fields.Count;

    /// <summary>Parses a raw header block; continuation lines are unfolded and lines without a colon ignored.</summary>
    public static MimeHeaders Parse(string? block)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(block))
        {
            return new MimeHeaders(fields);
        }

        string? name = null;
        var value = "";
        foreach (var rawLine in block.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                value += line;
                continue;
            }
            Add(fields, name, value);
            var colon = line.IndexOf(':');
            (name, value) = colon > 0 ? (line[..colon].Trim(), line[(colon + 1)..]) : (null, "");
        }
        Add(fields, name, value);
        return new MimeHeaders(fields);
    }

    /// <summary>The first value of a field, trimmed, or null when absent.</summary>
    public string? Get(string name) =>
        _fields.FirstOrDefault(f => f.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();

    /// <summary>Whether the field is present with a non-blank value.</summary>
    public bool Has(string name) => !string.IsNullOrWhiteSpace(Get(name));

    private static void Add(List<KeyValuePair<string, string>> fields, string? name, string value)
    {
        if (!string.IsNullOrEmpty(name))
        {
            fields.Add(new(name, value));
        }
    }
}
