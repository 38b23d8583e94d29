namespace PainDrip.Functions.Services;

/// <summary>Who an operator request is about: an enrollment id or an email address, never both.</summary>
public sealed record PersonReference(string? Id, string? Email)
{
    private const int MaxIdLength = 128;
    private const int MaxEmailLength = 254;

    /// <summary>An id reference, or <see langword="null"/> when the text cannot be an enrollment id.</summary>
    public static PersonReference? FromId(string? id) =>
        IsPlausibleId(id) ? new PersonReference(id!.Trim(), null) : null;

    /// <summary>An address reference, or <see langword="null"/> when the text cannot be an address.</summary>
    public static PersonReference? FromEmail(string? email)
    {
        var trimmed = email?.Trim();
        return trimmed is { Length: > 2 and <= MaxEmailLength } && trimmed.IndexOf('@') is > 0 and var at && at < trimmed.Length - 1
            && !trimmed.Any(char.IsWhiteSpace)
            ? new PersonReference(null, trimmed)
            : null;
    }

    // Table keys may not hold / \ # ? or control characters, so such an id can never have been issued.
    private static bool IsPlausibleId(string? id)
    {
        var trimmed = id?.Trim();
        return trimmed is { Length: > 0 and <= MaxIdLength }
            && !trimmed.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?');
    }
}
