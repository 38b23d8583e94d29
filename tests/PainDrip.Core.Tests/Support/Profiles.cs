using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Tests.Support;

/// <summary>Sign-ups and enrollments for tests.</summary>
internal static class Profiles
{
    public static SymptomProfile Desk(LocalDate onset, int pain = 6) => new(
        [Area.BetweenShoulderBlades, Area.Neck], Side.Right, Hand.Right, onset, pain, Severity.Moderate,
        [Trigger.DeskPosture], []);

    public static EnrollmentRequest Request(LocalDate onset, string zone = "Europe/London", int sendHour = 7, int pain = 6) =>
        new("sam@example.com", "Sam", zone, sendHour, true, Desk(onset, pain));

    public static Enrollment Pending(LocalDate onset, string zone = "Europe/London", int sendHour = 7, int pain = 6) =>
        Enrollment.FromRequest("e1", Request(onset, zone, sendHour, pain));

    public static Instant Local(string zone, int year, int month, int day, int hour, int minute = 0) =>
        DateTimeZoneProviders.Tzdb[zone].AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static SymptomProfile WithFlags(this SymptomProfile profile, params RedFlag[] flags) => profile with { RedFlags = flags };
}
