using System.Net;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>RFC 8058 one-click unsubscribe from the List-Unsubscribe header of a real email, through the real service.</summary>
public sealed class UnsubscribeJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task OneClickPost_FromTheWelcomeHeader_StopsEveryEmailEvenAfterSigningUpAgain()
    {
        var id = await Drive.EnrollAsync();
        var welcome = (await Drive.EmailsAsync())[^1];
        Assert.Equal(EmailKind.Welcome, welcome.KindIn(App.Library));

        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        using var response = await App.Http.PostAsync(welcome.UnsubscribeUrl, body);

        Assert.True(response.IsSuccessStatusCode, $"One-click unsubscribe answered {(int)response.StatusCode}.");
        Assert.Null(response.Headers.Location);
        await Drive.AdvanceDaysAsync(7);
        Assert.Equal(0, Drive.SentByTimer);
        Assert.Equal(HttpStatusCode.Accepted, await Drive.SignUpAsync());
        await Drive.BarrierAsync();
        Assert.Equal([null, EmailKind.Welcome], (await Drive.EmailsAsync()).Select(mail => mail.KindIn(App.Library)));
        Assert.Single(await App.Deliveries.ListAsync(id, CancellationToken.None));
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Stopped, record.Enrollment.Status);
        Assert.Contains(await App.Progress.ListAsync(id, CancellationToken.None), p => p.Kind == ProgressKind.Stopped && p.Detail == "unsubscribe");
    }
}
