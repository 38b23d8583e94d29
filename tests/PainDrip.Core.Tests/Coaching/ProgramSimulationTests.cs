using System.Text.Json;
using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed class ProgramSimulationTests
{
    private static readonly LocalDate Start = new(2026, 3, 2);
    private readonly IReplyReader _reader = Substitute.For<IReplyReader>();
    private readonly ProgramSimulation _simulation;

    public ProgramSimulationTests()
    {
        _reader.Read(Arg.Any<string>()).Returns(ReplySignal.Empty);
        _simulation = new ProgramSimulation(LessonLibraryBuilder.Standard(), _reader);
    }

    [Fact]
    public void Run_NoReplies_WelcomesAt9AndWaitsFourWeeksForAnAnswerBeforeReturn()
    {
        var result = _simulation.Run(Profiles.Request(new LocalDate(2026, 2, 1)), Start, []);

        Assert.Equal(33, result.Emails.Count);
        Assert.Equal(new SimulatedEmail(0, "09:00", Phase.Mobility, EmailKind.Welcome, "welcome", "Title of welcome"), result.Emails[0]);
        Assert.Equal((70, "07:00", EmailKind.Graduation), (result.Emails[^1].Day, result.Emails[^1].LocalTime, result.Emails[^1].Kind));
        Assert.Equal((EnrollmentStatus.Completed, Phase.Graduation), (result.FinalStatus, result.FinalPhase));
    }

    [Fact]
    public void Run_RepliesReadByTheReader_ArriveAtNoonAndShapeTheProgram()
    {
        _reader.Read("flare").Returns(Signals.Flare());
        _reader.Read("chest").Returns(Signals.Flags(RedFlag.ChestPain));

        var result = _simulation.Run(Profiles.Request(new LocalDate(2026, 2, 1)), Start, [new(30, "chest"), new(16, "flare")]);

        Assert.Contains(new SimulatedEmail(16, "12:00", Phase.Mobility, EmailKind.Flare, "flare-up", "Title of flare-up"), result.Emails);
        Assert.Equal((30, "12:00", EmailKind.Safety), (result.Emails[^1].Day, result.Emails[^1].LocalTime, result.Emails[^1].Kind));
        Assert.Equal(EnrollmentStatus.SafetyHold, result.FinalStatus);
    }

    [Fact]
    public void Run_PauseThenAnotherReply_ResumesTheProgram()
    {
        _reader.Read("holiday").Returns(Signals.Pause());
        _reader.Read("back").Returns(Signals.Pain(3));

        var result = _simulation.Run(Profiles.Request(new LocalDate(2026, 2, 1)), Start, [new(9, "holiday"), new(19, "back")]);

        Assert.Contains(result.Emails, e => e.Kind == EmailKind.Pause && e.Day == 9);
        Assert.Contains(result.Emails, e => e.Kind == EmailKind.Resume && e.Day == 19);
        Assert.Equal(80, result.Emails[^1].Day);
        Assert.Equal(EnrollmentStatus.Completed, result.FinalStatus);
    }

    [Fact]
    public void Run_PauseWithNoReturn_EndsPaused()
    {
        _reader.Read("holiday").Returns(Signals.Pause());

        var result = _simulation.Run(Profiles.Request(new LocalDate(2026, 2, 1)), Start, [new(9, "holiday")]);

        Assert.Equal(EnrollmentStatus.Paused, result.FinalStatus);
        Assert.Equal(EmailKind.Pause, result.Emails[^1].Kind);
    }

    [Fact]
    public void Serialize_WithCoreJson_HasTheCliShape()
    {
        var result = new SimulationResult(
            [new(0, "07:00", Phase.Mobility, EmailKind.Checkin, "c1", "Week 1")], EnrollmentStatus.SafetyHold, Phase.Strength);

        Assert.Equal(
            """{"emails":[{"day":0,"localTime":"07:00","phase":"mobility","kind":"checkin","lessonId":"c1","subject":"Week 1","fields":{}}],"finalStatus":"safety_hold","finalPhase":"strength","replies":[]}""",
            JsonSerializer.Serialize(result, PainDrip.Core.CoreJson.Options));
    }
}
