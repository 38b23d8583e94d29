using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Replies;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Email.Addresses;

namespace PainDrip.Functions.Tests.Services;

public sealed class SenderCheckTests
{
    private readonly MailWorld _world = new();
    private readonly SenderCheck _check;
    private readonly Contact _sam = new("sam@example.com", "Sam");

    public SenderCheckTests() => _check = new SenderCheck(new MimeAddressParser(), _world.Tokens);

    [Theory]
    [InlineData("sam@example.com")]
    [InlineData("SAM@EXAMPLE.COM")]
    [InlineData("Sam Example <sam@example.com>")]
    [InlineData("  sam@example.com ")]
    public void IsOwnAddress_SameMailboxWrittenAnyWay_True(string sender) =>
        Assert.True(_check.IsOwnAddress(_sam, sender));

    [Theory]
    [InlineData("sam@example.org")]
    [InlineData("sam2@example.com")]
    [InlineData("Sam <other@example.com>")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("not an address")]
    public void IsOwnAddress_OtherOrUnreadableSender_False(string? sender) =>
        Assert.False(_check.IsOwnAddress(_sam, sender));

    [Fact]
    public void Filter_StopFromAnotherAddress_StopTakenOutAndHeldBack()
    {
        var record = _world.Enroll();
        var signal = ReplyReader.Instance.Read("please unsubscribe me, pain is 4/10");
        var message = _world.Reply("x").Message with { SenderAddress = "other@example.org" };

        var filtered = _check.Filter(record, message, signal);

        Assert.True(signal.WantsStop);
        Assert.Equal((false, true, 4), (filtered.WantsStop, filtered.HeldBackRequest, filtered.PainScore));
    }

    [Fact]
    public void Filter_PlainReplyFromAnotherAddressToActiveProgram_Unchanged()
    {
        var record = _world.Enroll();
        var signal = ReplyReader.Instance.Read("pain is 4/10");
        var message = _world.Reply("x").Message with { SenderAddress = "other@example.org" };

        Assert.Same(signal, _check.Filter(record, message, signal));
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
    }
}
