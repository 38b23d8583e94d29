namespace PainDrip.Functions.Extensions;

/// <summary>Limits on the public sign-up endpoint. Section <c>EnrollmentOptions</c>.</summary>
public sealed class EnrollmentOptions
{
    /// <summary>Sign-ups one client (IP address) may post per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>The fixed window the <see cref="PermitLimit"/> counts over.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest sign-up body accepted; a real one is under 2 KiB.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    internal bool IsValid => PermitLimit > 0 && Window > TimeSpan.Zero && MaxBodyBytes > 0;
}
