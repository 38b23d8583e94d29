using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Tests.Support;

/// <summary>An email the walker sent, with its local time.</summary>
internal sealed record WalkedEmail(PlannedEmail Email, Instant SentAt, LocalDateTime Local, int CalendarDay)
{
    public EmailKind Kind => Email.Kind;

    public Phase Phase => Email.Phase;

    public string LessonId => Email.LessonId;
}

/// <summary>
/// Walks a program the way the production timer does: a fake clock ticking every 15 minutes, sending whatever is due,
/// with replies read by a substituted <see cref="IReplyReader"/> at noon local on their calendar day.
/// </summary>
internal sealed class ProgramWalker
{
    private readonly ProgramPlanner _planner;
    private readonly Dictionary<int, string> _replies = [];
    private readonly HashSet<int> _resumeDays = [];
    private readonly LocalDate _confirmedOn;

    public ProgramWalker(ILessonLibrary library, Enrollment pending, Instant confirmedAt)
    {
        _planner = new ProgramPlanner(library);
        Clock = new FakeClock(confirmedAt);
        Enrollment = _planner.Start(pending, confirmedAt);
        _confirmedOn = confirmedAt.InZone(Enrollment.Zone).Date;
    }

    public IReplyReader Reader { get; } = Substitute.For<IReplyReader>();

    public FakeClock Clock { get; }

    public Enrollment Enrollment { get; private set; }

    public List<WalkedEmail> Emails { get; } = [];

    public List<CoachQueueItem> CoachItems { get; } = [];

    public List<GateDecision> Gates { get; } = [];

    public IEnumerable<WalkedEmail> Lessons => Emails.Where(e => e.Kind == EmailKind.Lesson);

    /// <summary>A reply arriving at noon local on <paramref name="day"/> (calendar days after confirmation).</summary>
    public ProgramWalker ReplyOn(int day, ReplySignal signal)
    {
        var text = $"reply on day {day}";
        Reader.Read(text).Returns(signal);
        _replies[day] = text;
        return this;
    }

    /// <summary>The person presses "resume" at noon local on <paramref name="day"/>.</summary>
    public ProgramWalker ResumeOn(int day)
    {
        _resumeDays.Add(day);
        return this;
    }

    /// <summary>Ticks every 15 minutes like the production timer, each tick <paramref name="late"/> after the quarter hour.</summary>
    public ProgramWalker Walk(int days = 100, Duration late = default)
    {
        Clock.Advance(late);
        for (var tick = 0; tick < days * 24 * 4; tick++)
        {
            Tick();
            Clock.AdvanceMinutes(15);
        }
        return this;
    }

    private void Tick()
    {
        var local = Clock.Now.InZone(Enrollment.Zone).LocalDateTime;
        var day = Period.DaysBetween(_confirmedOn, local.Date);
        if (local.Hour == 12 && local.Minute == 0)
        {
            if (_replies.TryGetValue(day, out var text))
            {
                var outcome = _planner.ApplyReply(Enrollment, Reader.Read(text), Clock.Now);
                Gates.Add(outcome.Gate);
                CoachItems.AddRange(outcome.CoachItem is { } item ? [item] : []);
                Enrollment = SendAll(outcome.Enrollment, outcome.SendNow);
            }
            if (_resumeDays.Contains(day))
            {
                var resumed = _planner.Resume(Enrollment, Clock.Now);
                Enrollment = SendAll(resumed.Enrollment, resumed.SendNow);
            }
        }
        while (_planner.PlanNext(Enrollment, Clock.Now) is { } next && next.IsDueAt(Clock.Now))
        {
            Enrollment = SendAll(Enrollment, [next]);
        }
    }

    private Enrollment SendAll(Enrollment enrollment, IEnumerable<PlannedEmail> emails)
    {
        foreach (var email in emails)
        {
            var local = Clock.Now.InZone(enrollment.Zone).LocalDateTime;
            Emails.Add(new(email, Clock.Now, local, Period.DaysBetween(_confirmedOn, local.Date)));
            enrollment = _planner.RecordSent(enrollment, email, Clock.Now);
        }
        return enrollment;
    }
}
