using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed class SendTimesTests
{
    private static Enrollment Person(string zone = "Europe/London", int hour = 7) => Profiles.Pending(new LocalDate(2026, 2, 1), zone, hour);

    [Theory]
    [InlineData(2026, 3, 28, 7)]
    [InlineData(2026, 3, 30, 6)]
    public void AtSendHour_AcrossTheSpringChange_KeepsTheLocalHour(int year, int month, int day, int utcHour) =>
        Assert.Equal(utcHour, SendTimes.AtSendHour(Person(), new LocalDate(year, month, day)).InUtc().Hour);

    [Theory]
    [InlineData(5, 59, false)]
    [InlineData(6, 0, true)]
    [InlineData(21, 0, true)]
    [InlineData(21, 1, false)]
    [InlineData(3, 0, false)]
    public void IsDaytime_Bounds(int hour, int minute, bool expected) =>
        Assert.Equal(expected, SendTimes.IsDaytime(Person(), Profiles.Local("Europe/London", 2026, 3, 2, hour, minute)));

    [Fact]
    public void AtOnceInDaytime_EarlyMorning_WaitsForTheSendHourThatDay() =>
        Assert.Equal(Profiles.Local("Europe/London", 2026, 3, 2, 7),
            SendTimes.AtOnceInDaytime(Person(), Profiles.Local("Europe/London", 2026, 3, 2, 4)));

    [Fact]
    public void NextSendHour_ExactlyAtTheHour_TakesTomorrow() =>
        Assert.Equal(Profiles.Local("Europe/London", 2026, 3, 3, 7),
            SendTimes.NextSendHour(Person(), Profiles.Local("Europe/London", 2026, 3, 2, 7)));

    [Fact]
    public void CatchUp_PlannedInTheFuture_KeepsThePlan()
    {
        var planned = Profiles.Local("Europe/London", 2026, 3, 5, 7);

        Assert.Equal(planned, SendTimes.CatchUp(Person(), planned, Profiles.Local("Europe/London", 2026, 3, 4, 12)));
    }

    [Fact]
    public void CatchUp_SameDayButNowAtNight_WaitsForTomorrowsSendHour() =>
        Assert.Equal(Profiles.Local("Europe/London", 2026, 3, 5, 7),
            SendTimes.CatchUp(Person(), Profiles.Local("Europe/London", 2026, 3, 4, 7), Profiles.Local("Europe/London", 2026, 3, 4, 22)));

    [Fact]
    public void CatchUp_SlotAt2100ReadSecondsLate_KeepsTheSlot()
    {
        var planned = Profiles.Local("Europe/London", 2026, 3, 4, 21);

        Assert.Equal(planned, SendTimes.CatchUp(Person(hour: 21), planned, planned + Duration.FromSeconds(1)));
        Assert.Equal(planned, SendTimes.CatchUp(Person(hour: 21), planned, planned + SendTimes.TimerGrace));
    }

    [Fact]
    public void CatchUp_SlotAt2100ReadAnHourLate_WaitsForTomorrow() =>
        Assert.Equal(Profiles.Local("Europe/London", 2026, 3, 5, 21),
            SendTimes.CatchUp(Person(hour: 21), Profiles.Local("Europe/London", 2026, 3, 4, 21), Profiles.Local("Europe/London", 2026, 3, 4, 22)));
}
