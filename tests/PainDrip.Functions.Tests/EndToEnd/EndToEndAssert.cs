using NodaTime;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>Checks every end-to-end journey makes.</summary>
internal static class EndToEndAssert
{
    /// <summary>Every email routes replies to a signed reply address and offers RFC 8058 one-click unsubscribe.</summary>
    public static void EveryEmailCanBeAnsweredAndLeft(IReadOnlyList<ReceivedEmail> emails)
    {
        Assert.NotEmpty(emails);
        Assert.All(emails, mail =>
        {
            Assert.Contains("<reply+", mail.ReplyTo);
            Assert.StartsWith("http://127.0.0.1:", mail.UnsubscribeUrl);
            Assert.Equal("List-Unsubscribe=One-Click", mail.ListUnsubscribePost);
        });
    }

    /// <summary>Every delivery was recorded (and so sent) between 06:00 and 21:00 in the person's zone, and the provider took it.</summary>
    public static async Task SentOnlyInDaytimeAsync(ServiceApp app, string enrollmentId, DateTimeZone zone, int expected)
    {
        var deliveries = await app.Deliveries.ListAsync(enrollmentId, CancellationToken.None);
        Assert.Equal(expected, deliveries.Count);
        Assert.All(deliveries, delivery =>
        {
            var local = delivery.RecordedAt.InZone(zone).TimeOfDay;
            Assert.InRange(local, new LocalTime(6, 0), new LocalTime(21, 0));
            Assert.NotNull(delivery.SentAt);
        });
    }
}
