using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// Six weeks of the program through the real service: the timer driven hour by hour on a fake clock, weekly
/// check-ins answered by Inbound Parse posts, emails read back from maildev and rows from Azurite.
/// </summary>
public sealed class RecoveryJourneyTests(ServiceFixture world) : Journey(world)
{
    // The cadence we promise: welcome on day 0; lessons on days 1, 3 and 5 and a check-in on day 6; then in each later
    // week lessons on its 2nd and 5th day and a check-in on its last; graduation on day 42 and nothing after it.
    private static readonly EmailKind?[] SixWeekProgram =
    [
        EmailKind.Welcome,
        EmailKind.Lesson, EmailKind.Lesson, EmailKind.Lesson, EmailKind.Checkin,
        EmailKind.Lesson, EmailKind.Lesson, EmailKind.Checkin,
        EmailKind.Lesson, EmailKind.Lesson, EmailKind.Checkin,
        EmailKind.Lesson, EmailKind.Lesson, EmailKind.Checkin,
        EmailKind.Lesson, EmailKind.Lesson, EmailKind.Checkin,
        EmailKind.Lesson, EmailKind.Lesson, EmailKind.Checkin,
        EmailKind.Graduation,
    ];

    [Fact]
    public async Task Program_WeeklyRepliesWithFallingPain_MovesThroughEveryPhaseToGraduation()
    {
        // 05:00 in New York: the welcome waits for the 08:00 send hour, and the clock crosses the 9 March DST change.
        var id = await Drive.EnrollAsync(painNow: 6, timeZone: "America/New_York", welcomeAtOnce: false);
        Assert.Single(await Drive.EmailsAsync());

        foreach (var reply in new[] { "5/10", "4", "3 out of ten", "About a 2 today.", "1" })
        {
            await AnswerTheWeeksCheckinAsync(reply);
        }
        await Drive.AdvanceDaysAsync(7);
        await Drive.AdvanceAsync(TimeSpan.FromHours(4), TimeSpan.FromHours(1));

        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        // Five answered check-ins: each reply gets a short threaded answer besides the program's own emails.
        var emails = await Drive.WaitForEmailsAsync(1 + SixWeekProgram.Length + 5);
        var (answers, program) = SplitAnswers(emails);
        Assert.Equal([null, .. SixWeekProgram], program.Select(mail => mail.KindIn(App.Library)));
        Assert.Equal(5, answers.Count);
        Assert.Equal(EnrollmentStatus.Completed, record.Enrollment.Status);
        Assert.Equal(42, record.Enrollment.Timeline.GraduationDay);
        Assert.Equal([Phase.Mobility, Phase.Strength, Phase.Return, Phase.Graduation], record.Enrollment.Sent.Select(s => s.Phase).Distinct());
        Assert.Equal(program.Count, program.Select(mail => mail.LessonIdIn(App.Library)).Distinct().Count());
        EndToEndAssert.EveryEmailCanBeAnsweredAndLeft(emails);
        await EndToEndAssert.SentOnlyInDaytimeAsync(App, id, record.Enrollment.Zone, SixWeekProgram.Length + answers.Count);
        var progress = await App.Progress.ListAsync(id, CancellationToken.None);
        Assert.Equal([5, 4, 3, 2, 1], progress.Where(p => p.Kind == ProgressKind.ReplyRead).Select(p => p.PainScore));
        Assert.Equal(5, progress.Count(p => p.Kind == ProgressKind.PhaseChanged && p.Detail == "moveon"));
        Assert.Single(progress, p => p.Kind == ProgressKind.Completed);
    }

    [Fact]
    public async Task Program_FlareInTheStrengthWeeks_StepsBackToMobilityAndGraduatesAWeekLater()
    {
        var id = await Drive.EnrollAsync(painNow: 6);
        await AnswerTheWeeksCheckinAsync("5/10");

        await AnswerTheWeeksCheckinAsync("it flared up again, 7/10");

        var flare = (await Drive.WaitForEmailsAsync(1 + 1 + 4 + 3 + 1)).Last();
        Assert.Equal(EmailKind.Flare, flare.KindIn(App.Library));
        var stepped = (await App.Enrollments.FindAsync(id, CancellationToken.None))!.Enrollment;
        Assert.Equal(Phase.Mobility, stepped.Phase);
        Assert.Equal(49, stepped.Timeline.GraduationDay);
        foreach (var reply in new[] { "5", "4", "3 out of ten", "2/10" })
        {
            await AnswerTheWeeksCheckinAsync(reply);
        }
        Assert.DoesNotContain((await Drive.EmailsAsync()), mail => mail.KindIn(App.Library) == EmailKind.Graduation);
        await Drive.AdvanceDaysAsync(7);

        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        // The program a week longer: welcome, week 1's three lessons and check-in, two lessons and a check-in in each of
        // weeks 2 to 7, graduation on day 49.
        // Besides: the flare email, and an answer to each of the five other check-in replies.
        const int slots = 1 + 4 + (6 * 3) + 1;
        var emails = await Drive.WaitForEmailsAsync(1 + slots + 1 + 5);
        Assert.Equal(EmailKind.Graduation, emails[^1].KindIn(App.Library));
        Assert.Equal(5, SplitAnswers(emails).Answers.Count);
        await EndToEndAssert.SentOnlyInDaytimeAsync(App, id, record.Enrollment.Zone, slots + 1 + 5);
        Assert.Equal(EnrollmentStatus.Completed, record.Enrollment.Status);
        Assert.Equal(49, record.Enrollment.Sent[^1].ProgramDay);
        Assert.Equal(
            [Phase.Mobility, Phase.Strength, Phase.Mobility, Phase.Strength, Phase.Return, Phase.Graduation],
            Runs(record.Enrollment.Sent.Where(s => s.Kind != EmailKind.Flare).Select(s => s.Phase)));
        Assert.True(emails.Count == emails.Select(mail => mail.MessageId).Distinct().Count(), "Message-IDs repeat: " + string.Join(", ", emails.Select(m => m.Subject)));
        EndToEndAssert.EveryEmailCanBeAnsweredAndLeft(emails);
        var progress = await App.Progress.ListAsync(id, CancellationToken.None);
        Assert.Single(progress, p => p.Kind == ProgressKind.PhaseChanged && p.Detail == "stepback" && p.Phase == Phase.Mobility);
        Assert.Equal([5, 7, 5, 4, 3, 2], progress.Where(p => p.Kind == ProgressKind.ReplyRead).Select(p => p.PainScore));
    }

    [Fact]
    public async Task Program_HighPainAtTwoCheckins_HoldsMobilityTwiceAndSendsTheProfessionalEmail()
    {
        var id = await Drive.EnrollAsync(painNow: 7);

        await AnswerTheWeeksCheckinAsync("7/10");
        await AnswerTheWeeksCheckinAsync("Still about a 7, no change.");

        // Confirmation, welcome, week 1 (three lessons, check-in), its answer, week 2 (two lessons, check-in), then
        // the professional email: one, however many rules ask for it.
        var emails = await Drive.WaitForEmailsAsync(1 + 1 + 4 + 1 + 3 + 1);
        Assert.Single(emails, mail => mail.KindIn(App.Library) == EmailKind.Professional);
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((2, 56, Phase.Mobility), (record.Enrollment.Holds, record.Enrollment.Timeline.GraduationDay, record.Enrollment.Phase));
        // Week 1's three lessons and week 2's two, all in mobility.
        Assert.Equal(Enumerable.Repeat(Phase.Mobility, 5), record.Enrollment.Sent.Where(s => s.Kind == EmailKind.Lesson).Select(s => s.Phase));
        var progress = await App.Progress.ListAsync(id, CancellationToken.None);
        Assert.Equal(2, progress.Count(p => p.Kind == ProgressKind.PhaseChanged && p.Detail == "hold"));
    }

    // A check-in's answer is threaded on the person's reply: "Re: " and their subject, not a lesson title.
    private static (List<ReceivedEmail> Answers, List<ReceivedEmail> Program) SplitAnswers(IReadOnlyList<ReceivedEmail> emails) =>
        (emails.Where(mail => mail.Subject.StartsWith("Re: ", StringComparison.Ordinal)).ToList(),
         emails.Where(mail => !mail.Subject.StartsWith("Re: ", StringComparison.Ordinal)).ToList());

    private static List<Phase> Runs(IEnumerable<Phase> phases)
    {
        var runs = new List<Phase>();
        foreach (var phase in phases.Where(phase => runs.Count == 0 || runs[^1] != phase))
        {
            runs.Add(phase);
        }
        return runs;
    }

    /// <summary>A week passes (the check-in arrives on its last day), then the person answers it.</summary>
    private async Task AnswerTheWeeksCheckinAsync(string reply)
    {
        await Drive.AdvanceDaysAsync(7);
        var checkin = (await Drive.EmailsAsync()).Last();
        Assert.Equal(EmailKind.Checkin, checkin.KindIn(App.Library));
        await Drive.ReplyAsync(checkin.ReplyTo!, reply);
    }
}
