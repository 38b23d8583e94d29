using PainDrip.Core.Coaching;
using PainDrip.Core.Safety;
using PainDrip.Functions.Console;

namespace PainDrip.Functions.Tests.Console;

public sealed class QueueOrderTests
{
    [Fact]
    public void Rank_EveryKindOfItem_EmergencyFirstThenDoctorResumeQuestionUnreadableUnknownLast()
    {
        var items = new (string Name, CoachQueueReason Reason, RedFlag[] Flags)[]
        {
            ("unknown", (CoachQueueReason)99, []),
            ("unreadable", CoachQueueReason.NeedsReview, []),
            ("question", CoachQueueReason.Question, []),
            ("resume", CoachQueueReason.ResumeRequest, []),
            ("doctor", CoachQueueReason.RedFlag, [RedFlag.FeverInfection]),
            ("emergency", CoachQueueReason.RedFlag, [RedFlag.FeverInfection, RedFlag.ChestPain]),
        };

        var ordered = items.OrderBy(i => QueueOrder.Rank(i.Reason, i.Flags)).Select(i => i.Name);

        Assert.Equal(["emergency", "doctor", "resume", "question", "unreadable", "unknown"], ordered);
    }

    [Fact]
    public void Label_UnknownReason_IsGeneric()
    {
        Assert.Equal("Needs a look", QueueOrder.Label((CoachQueueReason)99, []));
    }

    [Fact]
    public void RankAndLabel_ReplyAfterAStop_BeforeQuestionsAndNamed()
    {
        Assert.True(QueueOrder.Rank(CoachQueueReason.AfterStop, []) < QueueOrder.Rank(CoachQueueReason.Question, []));
        Assert.Equal("Wrote after their program stopped", QueueOrder.Label(CoachQueueReason.AfterStop, []));
    }
}
