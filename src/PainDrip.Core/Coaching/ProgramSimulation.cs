using NodaTime;
using NodaTime.Text;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Coaching;

/// <summary>A reply in a simulation: its text arrives at noon local time, <paramref name="Day"/> days after confirmation.</summary>
/// <param name="Day">Calendar days after the confirmation date (0 = the same day).</param>
/// <param name="Text">The reply's text, read by the real <see cref="IReplyReader"/>.</param>
public sealed record SimulatedReply(int Day, string Text);

/// <summary>One email in a simulation's timeline.</summary>
/// <param name="Day">Calendar days after the confirmation date.</param>
/// <param name="LocalTime">The local send time, <c>HH:mm</c>.</param>
/// <param name="Phase">The person's phase when it went out.</param>
/// <param name="Kind">What it was for.</param>
/// <param name="LessonId">The library lesson.</param>
/// <param name="Subject">The lesson's title, used as the subject line.</param>
public sealed record SimulatedEmail(int Day, string LocalTime, Phase Phase, EmailKind Kind, string LessonId, string Subject)
{
    /// <summary>The words the email fills in (see <see cref="PlannedEmail.Fields"/>).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>The red flags the safety hold holds when the email went out, which a safety email names (for the
    /// rendered pages only, not part of the printed timeline).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Safety.RedFlag> ReportedFlags { get; init; } = [];

    /// <summary>Equal when every member is, the fill-ins compared by content.</summary>
    public bool Equals(SimulatedEmail? other) =>
        other is not null && (Day, LocalTime, Phase, Kind, LessonId, Subject) == (other.Day, other.LocalTime, other.Phase, other.Kind, other.LessonId, other.Subject)
        && Fields.Count == other.Fields.Count && Fields.All(f => other.Fields.TryGetValue(f.Key, out var value) && value == f.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Day, LocalTime, Phase, Kind, LessonId, Subject, Fields.Count);
}

/// <summary>A reply in a simulation's timeline, as the program read it.</summary>
/// <param name="Day">Calendar days after the confirmation date.</param>
/// <param name="Text">The reply's text.</param>
/// <param name="PainScore">The pain score read from it, if any.</param>
/// <param name="Gate">What it did as a check-in answer.</param>
public sealed record SimulatedReplyResult(int Day, string Text, int? PainScore, GateDecision Gate);

/// <summary>Everything a simulated person received, and where they ended up.</summary>
/// <param name="Emails">The emails in the order sent.</param>
/// <param name="FinalStatus">The enrollment status at the end.</param>
/// <param name="FinalPhase">The phase at the end.</param>
public sealed record SimulationResult(IReadOnlyList<SimulatedEmail> Emails, EnrollmentStatus FinalStatus, Phase FinalPhase)
{
    /// <summary>The replies in the order they arrived, with what the program read and decided.</summary>
    public IReadOnlyList<SimulatedReplyResult> Replies { get; init; } = [];
}

/// <summary>Runs the real planner and reply reader on a fake clock, from confirmation to graduation or until nothing more happens.</summary>
/// <remarks>
/// Confirmation is at 09:00 local on the start date; each reply arrives at 12:00 local on its day. The clock jumps
/// from one event to the next (a due email, or a reply), sending emails the moment they fall due. A reply
/// while paused that does not ask for a pause resumes the program, standing in for the resume link.
/// </remarks>
public sealed class ProgramSimulation(ILessonLibrary library, IReplyReader reader)
{
    /// <summary>The local time of the simulated confirmation.</summary>
    public static readonly LocalTime ConfirmationTime = new(9, 0);

    /// <summary>The local time every simulated reply arrives.</summary>
    public static readonly LocalTime ReplyTime = new(12, 0);

    private const int MaxSteps = 1000;
    private static readonly LocalTimePattern ClockPattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private readonly ProgramPlanner _planner = new(library);

    /// <summary>Simulates the program for a valid sign-up confirmed on <paramref name="startDate"/>.</summary>
    public SimulationResult Run(EnrollmentRequest request, LocalDate startDate, IReadOnlyList<SimulatedReply> replies)
    {
        var enrollment = Enrollment.FromRequest("simulation", request);
        var zone = enrollment.Zone;
        var pending = new Queue<(Instant At, string Text)>(replies
            .OrderBy(r => r.Day)
            .Select(r => (zone.AtLeniently(startDate.PlusDays(r.Day).At(ReplyTime)).ToInstant(), r.Text)));
        var now = zone.AtLeniently(startDate.At(ConfirmationTime)).ToInstant();
        enrollment = _planner.Start(enrollment, now);
        var emails = new List<SimulatedEmail>();
        var read = new List<SimulatedReplyResult>();
        for (var step = 0; step < MaxSteps; step++)
        {
            var next = _planner.PlanNext(enrollment, now);
            var replyFirst = pending.Count > 0 && (next is null || pending.Peek().At < next.Due);
            if (replyFirst)
            {
                var (at, text) = pending.Dequeue();
                now = at > now ? at : now;
                enrollment = Reply(enrollment, text, now, emails, startDate, read);
            }
            else if (next is not null)
            {
                now = next.Due > now ? next.Due : now;
                enrollment = Send(enrollment, next, now, emails, startDate);
            }
            else
            {
                break;
            }
        }
        return new(emails, enrollment.Status, enrollment.Phase) { Replies = read };
    }

    private Enrollment Reply(
        Enrollment enrollment, string text, Instant now, List<SimulatedEmail> emails, LocalDate startDate, List<SimulatedReplyResult> read)
    {
        var signal = reader.Read(text);
        var outcome = _planner.ApplyReply(enrollment, signal, now);
        read.Add(new(Period.DaysBetween(startDate, now.InZone(enrollment.Zone).Date), text, signal.PainScore, outcome.Gate));
        var updated = outcome.Enrollment;
        var sendNow = outcome.SendNow.ToList();
        if (enrollment.Status == EnrollmentStatus.Paused && updated.Status == EnrollmentStatus.Paused && !signal.WantsPause)
        {
            var resume = _planner.Resume(updated, now);
            updated = resume.Enrollment;
            sendNow.AddRange(resume.SendNow);
        }
        foreach (var email in sendNow)
        {
            updated = Send(updated, email, now, emails, startDate);
        }
        return updated;
    }

    private Enrollment Send(Enrollment enrollment, PlannedEmail email, Instant now, List<SimulatedEmail> emails, LocalDate startDate)
    {
        var local = now.InZone(enrollment.Zone).LocalDateTime;
        var subject = email.Fields.Aggregate(library.Find(email.LessonId)?.Title ?? email.LessonId, (title, f) => title.Replace("{" + f.Key + "}", f.Value, StringComparison.Ordinal));
        emails.Add(new(Period.DaysBetween(startDate, local.Date), ClockPattern.Format(local.TimeOfDay), email.Phase, email.Kind, email.LessonId, subject)
        {
            Fields = email.Fields,
            ReportedFlags = enrollment.HoldFlags,
        });
        return _planner.RecordSent(enrollment, email, now);
    }
}
