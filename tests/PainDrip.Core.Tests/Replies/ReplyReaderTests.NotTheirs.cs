using PainDrip.Core.Replies;
using static PainDrip.Core.Safety.RedFlag;

namespace PainDrip.Core.Tests.Replies;

/// <summary>What is not a red flag now: someone else's history, the writer's ended past, symptoms said to be gone.</summary>
public sealed partial class ReplyReaderTests
{
    private static IEnumerable<ReplyCase> NotTheirsCases =>
    [
        new("dad-chest-pain-history", "My dad had chest pain before his heart attack so I'm a bit nervous, mine is just muscle I think. 4/10")
        {
            Flags = [], Score = 4,
        },
        new("friend-numbness-history", "A friend of mine had numbness in her arm for months, is that common?") { Flags = [] },
        new("mum-cancer-years-ago", "my mum had cancer years ago") { Flags = [] },
        new("brother-fell", "my brother fell off a ladder at the same age, he was fine") { Flags = [] },
        new("dad-history-then-mine", "My dad had a heart attack and now my chest feels tight too") { Flags = [ChestPain] },
        new("behalf-past-tense-counts", "I'm writing for my husband. He had chest pain last night and is resting now") { Flags = [ChestPain] },
        new("past-long-gone", "last year I had numbness but that's long gone") { Flags = [] },
        new("past-not-since", "I had pins and needles in my hand a few years ago, not had it since. pain 3") { Flags = [], Score = 3 },
        new("past-as-a-kid", "As a kid I had a bad fall off a horse, never bothered me since, pain is 2") { Flags = [], Score = 2 },
        new("past-but-back-now", "Last year I had numbness in my fingers and it's come back this week") { Flags = [NumbnessTingling] },
        new("past-then-new-chest", "Years ago I had tingling, it cleared up, but now my chest feels tight") { Flags = [ChestPain] },
        new("gone-stopped", "The tingling has stopped completely. 2/10") { Flags = [], Score = 2 },
        new("gone-subsided", "the chest tightness subsided after an hour and has not come back") { Flags = [] },
        new("gone-no-more", "no more pins and needles since I changed my pillow") { Flags = [] },
        new("negated-two", "no chest pain and no trouble breathing") { Flags = [] },
    ];

    public static TheoryData<string, bool> WorseDailyReplies => new()
    {
        { "the pain keeps getting worse every day", true },
        { "Honestly its worse day by day, 7 now", true },
        { "every day it gets a bit worse and nothing helps", true },
        { "steadily worsening since the weekend", true },
        { "it's not getting worse any more, thankfully", false },
        { "worse on Monday, better since", false },
    };

    [Theory]
    [MemberData(nameof(WorseDailyReplies))]
    public void Read_PainWorseDayByDay_SaysSo(string text, bool expected) =>
        Assert.Equal(expected, Reader.Read(text).WorsensDaily);

    public static TheoryData<string, bool> AllClearReplies => new()
    {
        { "My doctor says I'm fine to carry on with the exercises", true },
        { "GP cleared me yesterday, it was muscular", true },
        { "went to A&E, ECG was normal and they said it's fine to continue", true },
        { "got the all clear from the physio", true },
        { "my doctor wants to see me next week", false },
        { "I haven't seen a doctor yet", false },
    };

    [Theory]
    [MemberData(nameof(AllClearReplies))]
    public void Read_DoctorsAllClear_SaysSo(string text, bool expected) =>
        Assert.Equal(expected, Reader.Read(text).ReportsAllClear);

    public static TheoryData<string, bool> DeleteReplies => new()
    {
        { "Please delete my data", true },
        { "can you erase all my details and stop emailing", true },
        { "I'd like to exercise my right to be forgotten", true },
        { "I deleted the email by mistake, can you resend?", false },
        { "pain 3, thanks", false },
    };

    [Theory]
    [MemberData(nameof(DeleteReplies))]
    public void Read_AskToDeleteData_SaysSo(string text, bool expected) =>
        Assert.Equal(expected, Reader.Read(text).WantsDataDeleted);
}
