using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Events;

namespace PainDrip.Infrastructure.Tests.Email.Events;

public sealed class MailEventProcessorTests
{
    private readonly ISuppressionList _suppressions = Substitute.For<ISuppressionList>();
    private readonly IMailEventLedger _ledger = Substitute.For<IMailEventLedger>();
    private readonly MailEventProcessor _processor;

    public MailEventProcessorTests()
    {
        _ledger.TryRecordAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(true);
        _processor = new MailEventProcessor(_suppressions, _ledger, NullLogger<MailEventProcessor>.Instance);
    }

    [Theory]
    [InlineData(DeliveryEventKind.Bounce, SuppressionReason.Bounce)]
    [InlineData(DeliveryEventKind.Dropped, SuppressionReason.Dropped)]
    [InlineData(DeliveryEventKind.SpamReport, SuppressionReason.SpamReport)]
    [InlineData(DeliveryEventKind.Unsubscribe, SuppressionReason.Unsubscribe)]
    [InlineData(DeliveryEventKind.GroupUnsubscribe, SuppressionReason.GroupUnsubscribe)]
    public async Task ProcessAsync_SuppressingKind_AddsRecipientWithReason(DeliveryEventKind kind, SuppressionReason reason)
    {
        var summary = await _processor.ProcessAsync([Event(kind, "ev-1")]);

        await _suppressions.Received(1).AddAsync("sam@example.com", reason, Arg.Any<CancellationToken>());
        Assert.Equal(new MailEventSummary(1, 0, 0), summary);
    }

    [Theory]
    [InlineData(DeliveryEventKind.Processed)]
    [InlineData(DeliveryEventKind.Delivered)]
    [InlineData(DeliveryEventKind.Deferred)]
    [InlineData(DeliveryEventKind.Open)]
    [InlineData(DeliveryEventKind.Click)]
    [InlineData(DeliveryEventKind.GroupResubscribe)]
    [InlineData(DeliveryEventKind.Other)]
    public async Task ProcessAsync_OtherKind_TouchesNothing(DeliveryEventKind kind)
    {
        var summary = await _processor.ProcessAsync([Event(kind, "ev-1")]);

        Assert.Empty(_suppressions.ReceivedCalls());
        Assert.Empty(_ledger.ReceivedCalls());
        Assert.Equal(new MailEventSummary(0, 0, 1), summary);
    }

    [Fact]
    public async Task ProcessAsync_EventAlreadyRecorded_IsSkipped()
    {
        _ledger.TryRecordAsync("ev-dup", Arg.Any<CancellationToken>()).Returns(false);

        var summary = await _processor.ProcessAsync([Event(DeliveryEventKind.Bounce, "ev-dup"), Event(DeliveryEventKind.SpamReport, "ev-new")]);

        await _suppressions.Received(1).AddAsync(Arg.Any<string>(), Arg.Any<SuppressionReason>(), Arg.Any<CancellationToken>());
        await _suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.SpamReport, Arg.Any<CancellationToken>());
        Assert.Equal(new MailEventSummary(1, 1, 0), summary);
    }

    [Fact]
    public async Task ProcessAsync_SameEventTwiceInBatch_RecordsBeforeSuppressing()
    {
        var seen = new HashSet<string>();
        _ledger.TryRecordAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(call => seen.Add(call.Arg<string>()));

        var summary = await _processor.ProcessAsync([Event(DeliveryEventKind.Bounce, "ev-1"), Event(DeliveryEventKind.Bounce, "ev-1")]);

        await _suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.Bounce, Arg.Any<CancellationToken>());
        Assert.Equal(new MailEventSummary(1, 1, 0), summary);
    }

    [Fact]
    public async Task ProcessAsync_SuppressionFails_ForgetsEventAndRethrows()
    {
        _suppressions.AddAsync(Arg.Any<string>(), Arg.Any<SuppressionReason>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new IOException("table unavailable"));

        await Assert.ThrowsAsync<IOException>(() => _processor.ProcessAsync([Event(DeliveryEventKind.Bounce, "ev-9")]));

        await _ledger.Received(1).ForgetAsync("ev-9", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_NoEventId_SuppressesWithoutLedger()
    {
        await _processor.ProcessAsync([Event(DeliveryEventKind.Unsubscribe, eventId: null)]);

        await _suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.Unsubscribe, Arg.Any<CancellationToken>());
        Assert.Empty(_ledger.ReceivedCalls());
    }

    [Fact]
    public async Task ProcessAsync_NoRecipient_IsIgnored()
    {
        var summary = await _processor.ProcessAsync([Event(DeliveryEventKind.Bounce, "ev-1") with { Recipient = null }]);

        Assert.Empty(_suppressions.ReceivedCalls());
        Assert.Equal(new MailEventSummary(0, 0, 1), summary);
    }

    private static DeliveryEvent Event(DeliveryEventKind kind, string? eventId) =>
        new(kind, eventId, "14c5d75ce93.dfd.64b469.filter0001", "msg-0001", null, "sam@example.com");
}
