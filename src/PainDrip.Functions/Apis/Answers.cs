namespace PainDrip.Functions.Apis;

/// <summary>The answer to an accepted sign-up; the same whatever happened behind it.</summary>
public sealed record EnrollAnswer(string Status, string Message)
{
    public static EnrollAnswer CheckInbox { get; } =
        new("check_inbox", "Check your inbox: we sent you a link to confirm your address and start the program.");
}

/// <summary>The answer when the sign-up reports red flags: self-care is refused and the person should get care now.</summary>
public sealed record SeekCareAnswer(bool SeekCare, IReadOnlyList<string> Messages);

/// <summary>What the health endpoint says. <see cref="Settings"/> lists missing or invalid settings by name, never their values.</summary>
public sealed record HealthReport(string Status, string TableStorage, IReadOnlyList<string> Settings);

/// <summary>The time the demo clock reads after a move, and how far ahead of real time it runs.</summary>
public sealed record DemoTime(string Now, string Offset);
