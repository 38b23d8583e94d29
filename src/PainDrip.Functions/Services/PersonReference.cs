namespace PainDrip.Functions.Services;

/// <summary>Who an operator request is about: an enrollment id or an email address, never both.</summary>
public sealed record PersonReference(string? Id, string? Email)
{
    private const int MaxIdLength = 64;
    private const int MaxEmailLength = 254;

    /// <summary>An id reference, or <see langword="null"/> when the text cannot be an enrollment id.</summary>
    public static PersonReference? FromId(string? id) =>
        IsId(id?.Trim()) ? new PersonReference(id!.Trim(), null) : null;

    /// <summary>An address reference, or <see langword="null"/> when the text cannot be an address.</summary>
    public static PersonReference? FromEmail(string? email)
    {
        var trimmed = email?.Trim();
        return trimmed is { Length: > 2 and <= MaxEmailLength } && trimmed.IndexOf('@') is > 0 and var at && at < trimmed.Length - 1
            && !trimmed.Any(char.IsWhiteSpace)
            ? new PersonReference(null, trimmed)
            : null;
    }

    /// <summary>Whether the text has the shape of an enrollment id: ASCII letters, digits, <c>-</c> and <c>_</c>, starting
    /// with a letter or digit, at most 64 long (issued ids are GUIDs).</summary>
    /// <remarks>So the stores' own partitions (<c>~unrouted</c>, <c>~pending</c>) and anything with <c>/</c>, <c>\</c>,
    /// <c>#</c>, <c>?</c> or control characters can never be named as a person.</remarks>
    public static bool IsId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
