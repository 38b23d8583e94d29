namespace PainDrip.Functions.Extensions;

/// <summary>Limits on the public sign-up endpoint. Section <c>EnrollmentOptions</c>.</summary>
public sealed class EnrollmentOptions
{
    /// <summary>Readable sign-ups one client (IP address) may post per <see cref="Window"/>; refused ones do not count.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>Readable sign-ups for one address (canonical form) per <see cref="Window"/>, from any client.</summary>
    public int PerAddressLimit { get; set; } = 3;

    /// <summary>The fixed window the limits count over.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many proxies in front of the app append to <c>X-Forwarded-For</c> and are trusted to: the client is
    /// the hop the outermost of them added. 0 (the default) trusts no header and keys on the connection's address.</summary>
    /// <remarks>Under the Functions host leave 0: the worker's ASP.NET Core integration already makes the hop the App Service
    /// front end appended the connection's remote address (forwarded headers, limit 1). Count only proxies of your own beyond it.</remarks>
    public int TrustedProxyCount { get; set; }

    /// <summary>A pending sign-up's confirmation email is sent again at most once per this interval.</summary>
    public TimeSpan ConfirmationResendInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest sign-up body accepted; a real one is under 2 KiB.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    internal bool IsValid =>
        PermitLimit > 0 && PerAddressLimit > 0 && Window > TimeSpan.Zero && MaxBodyBytes > 0
        && TrustedProxyCount >= 0 && ConfirmationResendInterval >= TimeSpan.Zero;
}
