namespace PainDrip.Core.Intake;

/// <summary>The limits a sign-up must respect.</summary>
public static class IntakeRules
{
    /// <summary>The earliest send hour (inclusive, local time).</summary>
    public const int EarliestSendHour = 6;

    /// <summary>The latest send hour (inclusive, local time).</summary>
    public const int LatestSendHour = 21;

    /// <summary>The longest first name we accept.</summary>
    public const int MaxFirstNameLength = 50;

    /// <summary>The longest email address (RFC 5321 path limit).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>How many years back an onset date may be.</summary>
    public const int MaxOnsetYears = 5;

    /// <summary>The most items a list of choices (areas, triggers, red flags) may hold.</summary>
    public const int MaxChoices = 10;

    /// <summary>The highest pain score.</summary>
    public const int MaxPain = 10;
}
