using NodaTime;
using PainDrip.Core.Intake;

namespace PainDrip.Core.Coaching;

/// <summary>One person's place in the program: everything the planner needs, and nothing about how to reach them.</summary>
/// <param name="Id">The enrollment id.</param>
/// <param name="Status">Where the enrollment stands.</param>
/// <param name="Profile">The symptom profile from sign-up.</param>
/// <param name="TimeZoneId">The person's IANA time zone id.</param>
/// <param name="SendHour">The local hour (6–21) at which program emails arrive.</param>
/// <remarks>Program days count from 0 (the welcome) and skip paused days; graduation falls on
/// <see cref="ProgramTimeline.GraduationDay"/> (day 42 unless holds or flares extended it).</remarks>
public sealed partial record Enrollment(string Id, EnrollmentStatus Status, SymptomProfile Profile, string TimeZoneId, int SendHour)
{
    /// <summary>When the person confirmed their address, starting the program.</summary>
    public Instant? ConfirmedAt { get; init; }

    /// <summary>The local date of program day 0 (the welcome's date).</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>The phase the person is in now.</summary>
    public Phase Phase { get; init; } = Phase.Mobility;

    /// <summary>The phase plan, extended by holds and flares.</summary>
    public ProgramTimeline Timeline { get; init; } = ProgramTimeline.Standard(acute: false);

    /// <summary>How many times a check-in answer held the phase for another week.</summary>
    public int Holds { get; init; }

    /// <summary>How many flare-ups stepped the program back.</summary>
    public int Flares { get; init; }

    /// <summary>Whole local days spent paused or on safety hold, which do not count as program days.</summary>
    public int PausedDays { get; init; }

    /// <summary>The local date the current pause or safety hold began.</summary>
    public LocalDate? PausedOn { get; init; }

    /// <summary>The local date a pause the person asked for by days ends (at their send hour);
    /// <see langword="null"/> for a pause that lasts until they reply.</summary>
    public LocalDate? ResumeOn { get; init; }

    /// <summary>The program day of the last scheduled email sent; <see langword="null"/> before the welcome.</summary>
    public int? LastSlotDay { get; init; }

    /// <summary>Every email sent, oldest first.</summary>
    public IReadOnlyList<SentEmail> Sent { get; init; } = [];

    /// <summary>The latest pain score: from sign-up, then from replies.</summary>
    public int? LatestPain { get; init; }

    /// <summary>What the answer to the last check-in (or a flare since) did; reset when the next check-in goes out,
    /// so a check-in that closes an extra week knows it.</summary>
    public GateDecision LastGate { get; init; }

    /// <summary>A check-in went out and its answer has not come yet.</summary>
    public bool AwaitingCheckin { get; init; }

    /// <summary>Triggers the person's replies mentioned.</summary>
    public IReadOnlySet<Trigger> RevealedTriggers { get; init; } = new HashSet<Trigger>();

    /// <summary>Areas the person's replies mentioned.</summary>
    public IReadOnlySet<Area> RevealedAreas { get; init; } = new HashSet<Area>();

    /// <summary>Sports the person's replies named, as lesson tags (<c>running</c>, <c>swimming</c>…).</summary>
    public IReadOnlySet<string> RevealedSports { get; init; } = new HashSet<string>();

    /// <summary>The person's time zone.</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>Days added to the standard 42 by holds and flares.</summary>
    public int ExtensionDays => Timeline.ExtensionDays;

    /// <summary>The ids of every lesson sent, oldest first.</summary>
    public IEnumerable<string> SentLessonIds => Sent.Select(s => s.LessonId);

    /// <summary>A pending enrollment for a sign-up that passed <see cref="IntakeValidator"/>.</summary>
    public static Enrollment FromRequest(string id, EnrollmentRequest request) =>
        new(id, EnrollmentStatus.Pending, request.Profile, request.TimeZone, request.SendHour) { LatestPain = request.Profile.PainNow };

    /// <summary>Whether this lesson has already been sent.</summary>
    public bool HasSent(string lessonId) => Sent.Any(s => s.LessonId == lessonId);

    /// <summary>The program day at <paramref name="now"/> (frozen while paused or on hold; 0 before the start).</summary>
    public int ProgramDayAt(Instant now)
    {
        if (StartDate is not { } start)
        {
            return 0;
        }
        var today = Status is EnrollmentStatus.Paused or EnrollmentStatus.SafetyHold && PausedOn is { } pausedOn
            ? pausedOn
            : now.InZone(Zone).Date;
        return Math.Max(0, Period.DaysBetween(start, today) - PausedDays);
    }

    /// <summary>The program week (1-based, 7 program days each) at <paramref name="now"/>.</summary>
    public int ProgramWeekAt(Instant now) => ProgramDayAt(now) / 7 + 1;

    /// <summary>The local date a program day falls on, given the pauses so far.</summary>
    public LocalDate DateOf(int programDay) =>
        (StartDate ?? throw new InvalidOperationException("The program has not started.")).PlusDays(programDay + PausedDays);

    /// <summary>This enrollment with another status.</summary>
    public Enrollment WithStatus(EnrollmentStatus status) => this with { Status = status };

    /// <summary>This enrollment moved to another phase.</summary>
    public Enrollment AdvanceTo(Phase phase) => this with { Phase = phase };

    /// <summary>This enrollment with the email added to the sent list (no other bookkeeping; see <see cref="ProgramPlanner.RecordSent"/>).</summary>
    public Enrollment WithSent(SentEmail email) => this with { Sent = [.. Sent, email] };

    /// <summary>This enrollment knowing what a reply revealed.</summary>
    public Enrollment WithRevealed(IEnumerable<Trigger> triggers, IEnumerable<Area> areas) => this with
    {
        RevealedTriggers = RevealedTriggers.Union(triggers).ToHashSet(),
        RevealedAreas = RevealedAreas.Union(areas).ToHashSet(),
    };
}
