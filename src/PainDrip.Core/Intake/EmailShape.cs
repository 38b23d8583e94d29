namespace PainDrip.Core.Intake;

/// <summary>A light check that a string looks like an email address; delivery is the real test.</summary>
internal static class EmailShape
{
    /// <summary>What is wrong with the address, or <see langword="null"/> when it looks fine.</summary>
    public static string? Problem(string? email)
    {
        var value = email?.Trim() ?? "";
        if (value.Length == 0)
        {
            return "Tell us your email address so we can send you the lessons.";
        }
        if (value.Length > IntakeRules.MaxEmailLength)
        {
            return "This email address is too long. Please check it.";
        }
        return LooksLikeAnAddress(value) ? null : "This doesn't look like an email address. It should look like name@example.com.";
    }

    private static bool LooksLikeAnAddress(string value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
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
