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
    /// missed by the scheduler goes later the same day, or at the next send hour.</remarks>
    public PlannedEmail? PlanNext(Enrollment enrollment, Instant now)
    {
        if (enrollment.Status != EnrollmentStatus.Active || enrollment.StartDate is null || enrollment.ConfirmedAt is not { } confirmedAt)
        {
            return null;
        }
        var graduation = enrollment.Timeline.GraduationDay;
        for (var day = (enrollment.LastSlotDay ?? -1) + 1; day <= graduation; day++)
        {
            if (ProgramCadence.SlotOn(day, graduation) is not { } kind)
            {
                continue;
            }
            var phase = kind == EmailKind.Graduation ? Phase.Graduation : enrollment.Timeline.PhaseOn(day);
            if ((kind == EmailKind.Graduation ? GraduationFor(enrollment) : _picker.Pick(enrollment, kind, phase)) is not { } lesson)
            {
                continue;
            }
            var planned = day == 0
                ? SendTimes.AtOnceInDaytime(enrollment, confirmedAt)
                : SendTimes.AtSendHour(enrollment, enrollment.DateOf(day));
            return new(kind, lesson.Id, phase, SendTimes.CatchUp(enrollment, planned, now), day);
        }
        return null;
    }

    /// <summary>Records that an email went out: moves the schedule on, opens the check-in, completes on graduation.</summary>
    public Enrollment RecordSent(Enrollment enrollment, PlannedEmail email, Instant sentAt)
    {
        var updated = enrollment.WithSent(new(email.Kind, email.LessonId, email.Phase, email.ProgramDay, sentAt));
        if (!email.IsScheduled)
        {
            return updated;
        }
        updated = updated.AdvanceTo(email.Phase) with { LastSlotDay = email.ProgramDay };
        return email.Kind switch
        {
            EmailKind.Checkin => updated with { AwaitingCheckin = true },
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
