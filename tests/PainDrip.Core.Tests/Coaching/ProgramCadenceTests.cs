using PainDrip.Core.Coaching;

namespace PainDrip.Core.Tests.Coaching;

public sealed class ProgramCadenceTests
{
    [Theory]
    [InlineData(0, EmailKind.Welcome)]
    [InlineData(1, EmailKind.Lesson)]
    [InlineData(2, null)]
    [InlineData(3, EmailKind.Lesson)]
    [InlineData(4, null)]
    [InlineData(5, EmailKind.Lesson)]
    [InlineData(6, EmailKind.Checkin)]
    [InlineData(7, null)]
    [InlineData(8, EmailKind.Lesson)]
    [InlineData(10, null)]
    [InlineData(11, EmailKind.Lesson)]
    [InlineData(13, EmailKind.Checkin)]
    [InlineData(41, EmailKind.Checkin)]
    [InlineData(42, EmailKind.Graduation)]
    [InlineData(43, null)]
    [InlineData(-1, null)]
    public void SlotOn_StandardProgram_FollowsTheRhythm(int day, EmailKind? expected) =>
        Assert.Equal(expected, ProgramCadence.SlotOn(day, 42));

    [Fact]
    public void SlotOn_ExtendedProgram_KeepsTheWeeklyRhythmUntilTheLaterGraduation()
    {
        Assert.Equal(EmailKind.Lesson, ProgramCadence.SlotOn(43, 49));
        Assert.Equal(EmailKind.Checkin, ProgramCadence.SlotOn(48, 49));
        Assert.Equal(EmailKind.Graduation, ProgramCadence.SlotOn(49, 49));
    }

    [Fact]
    public void SlotOn_WholeStandardProgram_HasTwentyOneEmails() =>
        Assert.Equal(21, Enumerable.Range(0, 60).Count(d => ProgramCadence.SlotOn(d, 42) is not null));
}
