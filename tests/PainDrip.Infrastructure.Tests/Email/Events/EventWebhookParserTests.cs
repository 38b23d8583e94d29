using System.Text;
using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Events;

namespace PainDrip.Infrastructure.Tests.Email.Events;

public sealed class EventWebhookParserTests
{
    private readonly EventWebhookParser _parser = new();

    [Fact]
    public void TryParse_BatchOfDocumentedEvents_MapsEveryField()
    {
        var body = """
            [
              {"email":"sam@example.com","timestamp":1740988800,"smtp-id":"<14c5d75ce93.dfd.64b469@ismtpd-555>","event":"processed",
               "category":["lesson"],"sg_event_id":"cHJvY2Vzc2VkLTEtMQ","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
               "correlation_id":"msg-0001"},
              {"email":"sam@example.com","timestamp":1740988801,"event":"bounce","type":"blocked","status":"5.7.1",
               "reason":"550 blocked","sg_event_id":"Ym91bmNlLTEtMg","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0"}
            ]
            """;

        Assert.True(_parser.TryParse(Encoding.UTF8.GetBytes(body), out var events));

        Assert.Equal(2, events.Count);
        Assert.Equal(new DeliveryEvent(DeliveryEventKind.Processed, "cHJvY2Vzc2VkLTEtMQ", "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
            "msg-0001", Instant.FromUnixTimeSeconds(1740988800), "sam@example.com"), events[0]);
        Assert.Equal(DeliveryEventKind.Bounce, events[1].Kind);
        Assert.Null(events[1].CorrelationId);
    }

    [Theory]
    [InlineData("processed", DeliveryEventKind.Processed)]
    [InlineData("dropped", DeliveryEventKind.Dropped)]
    [InlineData("delivered", DeliveryEventKind.Delivered)]
    [InlineData("deferred", DeliveryEventKind.Deferred)]
    [InlineData("bounce", DeliveryEventKind.Bounce)]
    [InlineData("open", DeliveryEventKind.Open)]
    [InlineData("click", DeliveryEventKind.Click)]
    [InlineData("spamreport", DeliveryEventKind.SpamReport)]
    [InlineData("unsubscribe", DeliveryEventKind.Unsubscribe)]
    [InlineData("group_unsubscribe", DeliveryEventKind.GroupUnsubscribe)]
    [InlineData("group_resubscribe", DeliveryEventKind.GroupResubscribe)]
    [InlineData("machine_opened", DeliveryEventKind.Other)]
    public void TryParse_EventName_MapsToKind(string name, DeliveryEventKind kind)
    {
        Assert.True(_parser.TryParse(Encoding.UTF8.GetBytes($$"""[{"event":"{{name}}"}]"""), out var events));

        Assert.Equal(kind, Assert.Single(events).Kind);
    }

    [Fact]
    public void TryParse_MissingAndOddFields_AreTolerated()
    {
        var body = """[{"event":"open"}, 42, {"event":7,"timestamp":"1740988800.5","email":"","correlation_id":123}, {}]""";

        Assert.True(_parser.TryParse(Encoding.UTF8.GetBytes(body), out var events));

        Assert.Equal(3, events.Count);
        Assert.Equal(new DeliveryEvent(DeliveryEventKind.Open, null, null, null, null, null), events[0]);
        Assert.Equal(DeliveryEventKind.Other, events[1].Kind);
        Assert.Equal(Instant.FromUnixTimeMilliseconds(1740988800500), events[1].OccurredAt);
        Assert.Null(events[1].Recipient);
        Assert.Equal("123", events[1].CorrelationId);
        Assert.Equal(DeliveryEventKind.Other, events[2].Kind);
    }

    [Fact]
    public void TryParse_TimestampOutOfRange_IsNull()
    {
        Assert.True(_parser.TryParse(Encoding.UTF8.GetBytes("""[{"event":"open","timestamp":1e300}]"""), out var events));

        Assert.Null(Assert.Single(events).OccurredAt);
    }

    [Theory]
    [InlineData("""{"event":"open"}""")]
    [InlineData("[{\"event\":")]
    [InlineData("")]
    [InlineData("email=sam")]
    public void TryParse_NotAJsonArray_IsFalse(string body) =>
        Assert.False(_parser.TryParse(Encoding.UTF8.GetBytes(body), out _));
}
