namespace PainDrip.Functions.Pages;

/// <summary>What the privacy page says about who runs the service and how long data is kept. Section <c>PrivacyOptions</c>.</summary>
/// <remarks>Blank names fall back to the email settings (<c>EmailOptions.FromName</c>, <c>EmailOptions.FromAddress</c>), so
/// the page always names someone and an address that reaches them.</remarks>
public sealed class PrivacyOptions
{
    /// <summary>The person or company that runs this PainDrip and decides what happens to the data.</summary>
    public string OperatorName { get; set; } = "";

    /// <summary>Where people write to get a copy of their data or have it erased.</summary>
    public string ContactAddress { get; set; } = "";

    /// <summary>How many months after a program ends (or is stopped) the operator erases what is stored.</summary>
    public int RetentionMonths { get; set; } = 12;

    /// <summary>How many days the operator takes, at most, to answer a request for a copy or an erasure.</summary>
    public int RequestDays { get; set; } = 30;

    internal bool IsValid =>
        RetentionMonths is >= 1 and <= 120 && RequestDays is >= 1 and <= 30
        && (string.IsNullOrWhiteSpace(ContactAddress) || ContactAddress.Trim().Contains('@'));
}
