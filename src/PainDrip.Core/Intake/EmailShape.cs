using PainDrip.Core.Email;

namespace PainDrip.Core.Intake;

/// <summary>A light check that a string looks like an email address; delivery is the real test.</summary>
internal static class EmailShape
{
    // Characters that are legal only quoted, in comments or around display names: a canonical address has none.
    private const string Specials = "()<>[]\\,;:\"";
    private const string NotAnAddress = "This doesn't look like an email address. It should look like name@example.com.";

    /// <summary>Checks the address and, with a parser, reduces it to its canonical form.</summary>
    /// <param name="email">What the person typed.</param>
    /// <param name="parser">The mailer's address parser; without one the trimmed text must already be a bare address.</param>
    /// <param name="canonical">The address to store and look up, or <see langword="null"/> when there is a problem.</param>
    /// <returns>What is wrong with the address, or <see langword="null"/> when it is fine.</returns>
    public static string? Canonical(string? email, IAddressParser? parser, out string? canonical)
    {
        canonical = null;
        var value = email?.Trim() ?? "";
        if (value.Length == 0)
        {
            return "Tell us your email address so we can send you the lessons.";
        }
        if (value.Length > IntakeRules.MaxEmailLength)
        {
            return "This email address is too long. Please check it.";
        }
        if (parser is not null)
        {
            var parsed = parser.Parse(value);
            if (parsed.Address is null)
            {
                return parsed.Problem ?? NotAnAddress;
            }
            value = parsed.Address;
        }
        canonical = LooksLikeAnAddress(value) ? value : null;
        return canonical is null ? NotAnAddress : null;
    }

    private static bool LooksLikeAnAddress(string value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@')
            || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || Specials.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }
        var local = value[..at];
        var domain = value[(at + 1)..];
        var labels = domain.Split('.');
        return local.Length <= 64
            && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..")
            && labels.Length >= 2
            && labels.All(l => l.Length > 0 && !l.StartsWith('-') && !l.EndsWith('-'))
            && labels[^1].Length >= 2;
    }
}
