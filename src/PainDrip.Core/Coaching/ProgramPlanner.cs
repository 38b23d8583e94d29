using NodaTime;
using PainDrip.Core.Lessons;

namespace PainDrip.Core.Coaching;

/// <summary>Decides which email each person gets next and when, and how replies and requests change the program.</summary>
/// <remarks>Pure: every method takes the current instant and returns new values; nothing is stored or sent here.
/// See <see cref="ProgramCadence"/> for the rhythm, <see cref="ProgramGates"/> for the gates and
/// <see cref="LessonPicker"/> for lesson choice.</remarks>
public sealed partial class ProgramPlanner(ILessonLibrary library)
{
    private readonly LessonPicker _picker = new(library);

    /// <summary>Starts the program on confirmation; a second call returns the enrollment unchanged.</summary>
    /// <remarks>Day 0 is the local date the welcome goes out: at once in daytime, else at the next send hour.
    /// The calm phase comes first when the pain started today or yesterday (under about 48 hours before).</remarks>
    public Enrollment Start(Enrollment enrollment, Instant confirmedAt)
    {
        if (enrollment.ConfirmedAt is not null)
        {
            return enrollment;
        }
        var welcome = SendTimes.AtOnceInDaytime(enrollment, confirmedAt);
        var confirmedOn = confirmedAt.InZone(enrollment.Zone).Date;
        var acute = Period.DaysBetween(enrollment.Profile.Onset, confirmedOn) <= 1;
        var timeline = ProgramTimeline.Standard(acute);
        return enrollment with
        {
            Status = EnrollmentStatus.Active,
            ConfirmedAt = confirmedAt,
            StartDate = welcome.InZone(enrollment.Zone).Date,
            Timeline = timeline,
            Phase = timeline.PhaseOn(0),
            LatestPain = enrollment.LatestPain ?? enrollment.Profile.PainNow,
        };
    }

    /// <summary>The next program email and when it is due, or <see langword="null"/> when nothing more is planned
    /// (not active, graduated, or the library has nothing left).</summary>
    /// <remarks>The due time may lie in the past or future; send when <see cref="PlannedEmail.IsDueAt"/>. A slot
    /// missed by the scheduler goes at the next allowed hour (see <see cref="SendTimes.CatchUp"/>). A check-in carries
    /// its program week in <see cref="PlannedEmail.Fields"/> (<c>week</c>).</remarks>
    public PlannedEmail? PlanNext(Enrollment enrollment, Instant now)
    {
        if (enrollment.Status != EnrollmentStatus.Active || enrollment.StartDate is null || enrollment.ConfirmedAt is not { } confirmedAt)
        {
            return null;
        }
        for (var day = (enrollment.LastSlotDay ?? -1) + 1; day <= enrollment.Timeline.GraduationDay + 7; day++)
        {
            // An unanswered check-in before the return phase holds the phase before: plan as RecordSent will settle it.
            var settled = ProgramGates.SettleUnanswered(enrollment, day);
            if (ProgramCadence.SlotOn(day, settled.Timeline) is not { } kind)
            {
                continue;
            }
            var phase = kind == EmailKind.Graduation ? Phase.Graduation : settled.Timeline.PhaseOn(day);
            var planned = day == 0
                ? SendTimes.AtOnceInDaytime(settled, confirmedAt)
                : SendTimes.AtSendHour(settled, settled.DateOf(day));
            var due = SendTimes.CatchUp(settled, planned, now);
            if ((kind == EmailKind.Graduation ? GraduationFor(settled) : _picker.Pick(settled, kind, phase, due)) is not { } lesson)
            {
                continue;
            }
            return new(kind, lesson.Id, phase, due, day) { Fields = FieldsFor(kind, day) };
        }
        return null;
    }

    private static Dictionary<string, string> FieldsFor(EmailKind kind, int day) => kind == EmailKind.Checkin
        ? new() { ["week"] = (day / 7 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }
        : [];

    /// <summary>Records that an email went out: moves the schedule on, opens the check-in, completes on graduation.</summary>
    public Enrollment RecordSent(Enrollment enrollment, PlannedEmail email, Instant sentAt)
    {
        var sent = new SentEmail(email.Kind, email.LessonId, email.Phase, email.ProgramDay, sentAt);
        if (!email.IsScheduled)
        {
            return enrollment.WithSent(sent);
        }
        var updated = ProgramGates.SettleUnanswered(enrollment, email.ProgramDay).WithSent(sent)
            .AdvanceTo(email.Phase) with { LastSlotDay = email.ProgramDay };
        return email.Kind switch
        {
            EmailKind.Checkin => updated with { AwaitingCheckin = true, LastGate = GateDecision.None },
            EmailKind.Graduation => updated.WithStatus(EnrollmentStatus.Completed),
            _ => updated,
        };
    }

    private PlannedEmail? RespondWith(Enrollment enrollment, EmailKind kind, Instant now)
    {
        var day = enrollment.ProgramDayAt(now);
        var phase = enrollment.Status == EnrollmentStatus.Completed ? Phase.Graduation : enrollment.Timeline.PhaseOn(day);
        return _picker.Special(enrollment, kind, phase) is { } lesson ? new(kind, lesson.Id, phase, now, day) : null;
    }
}
