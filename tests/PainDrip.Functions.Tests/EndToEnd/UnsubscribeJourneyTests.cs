using System.Net;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>RFC 8058 one-click unsubscribe from the List-Unsubscribe header of a real email, through the real service.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class UnsubscribeJourneyTests(ServiceFixture world) : IAsyncLifetime
{
    private ServiceApp _app = null!;
    private Drive _drive = null!;

    public async Task InitializeAsync()
    {
        _app = await world.StartAppAsync();
        _drive = new Drive(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task OneClickPost_FromTheWelcomeHeader_StopsEveryEmailEvenAfterSigningUpAgain()
    {
        var id = await _drive.EnrollAsync();
        var welcome = (await _drive.EmailsAsync())[^1];
        Assert.Equal(EmailKind.Welcome, welcome.KindIn(_app.Library));

        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        using var response = await _app.Http.PostAsync(welcome.UnsubscribeUrl, body);

        Assert.True(response.IsSuccessStatusCode, $"One-click unsubscribe answered {(int)response.StatusCode}.");
        Assert.Null(response.Headers.Location);
        await _drive.AdvanceDaysAsync(7);
        Assert.Equal(HttpStatusCode.Accepted, await _drive.SignUpAsync());
        Assert.Equal(2, (await _app.Maildev.WaitForEmailsAsync(3, TimeSpan.FromSeconds(1))).Count);
        Assert.Single(await _app.Deliveries.ListAsync(id, CancellationToken.None));
        var record = (await _app.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Stopped, record.Enrollment.Status);
        Assert.Contains(await _app.Progress.ListAsync(id, CancellationToken.None), p => p.Kind == ProgressKind.Stopped && p.Detail == "unsubscribe");
    }
}
