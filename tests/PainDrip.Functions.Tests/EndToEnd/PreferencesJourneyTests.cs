using System.Net;
using System.Text.RegularExpressions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// The person's controls through the real service (Kestrel, Table stores on Azurite, SMTP to maildev): signing up again
/// before confirming, and pausing for some days from the link in an email's footer until the timer picks them up again.
/// </summary>
public sealed partial class PreferencesJourneyTests(ServiceFixture world) : Journey(world)
{
    /// <summary>The "change when emails arrive" link in an email's footer.</summary>
    internal static string PreferencesLink(ReceivedEmail email) =>
        PreferencesLinkPattern().Match(email.Text) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"'{email.Subject}' has no preferences link.");

    [Fact]
    public async Task SignUpAgainBeforeConfirming_NewestAnswersStartTheProgram()
    {
        Assert.Equal(HttpStatusCode.Accepted, await Drive.SignUpAsync(painNow: 6, timeZone: "Europe/London"));
        await Drive.WaitForEmailsAsync(1);
        Assert.Equal(HttpStatusCode.Accepted, await Drive.SignUpAsync(painNow: 3, timeZone: "Europe/Dublin"));
        await Drive.WaitForEmailsAsync(2);

        await Drive.ConfirmAsync();

        var record = (await App.Enrollments.FindByEmailAsync(Drive.Person, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
        Assert.Equal("Europe/Dublin", record.Enrollment.TimeZoneId);
        Assert.Equal(3, record.Enrollment.LatestPain);
        var timeline = await App.Progress.ListAsync(record.Id, CancellationToken.None);
        Assert.Equal(
            [(ProgressKind.Enrolled, null), (ProgressKind.Enrolled, "answers-replaced"), (ProgressKind.Confirmed, null), (ProgressKind.EmailSent, record.Enrollment.SentLessonIds.Single())],
            timeline.Select(p => (p.Kind, p.Detail)));
    }

    [Fact]
    public async Task PauseThreeDaysFromTheFooterLink_NothingMeanwhileThenTheResumeEmailOnTheThirdDay()
    {
        var id = await Drive.EnrollAsync();
        var welcome = (await Drive.EmailsAsync())[^1];
        var link = PreferencesLink(welcome);
        using (var page = await App.Http.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        Assert.Equal(EnrollmentStatus.Active, (await App.Enrollments.FindAsync(id, CancellationToken.None))!.Enrollment.Status);

        using var paused = await App.Http.PostAsync(link, new FormUrlEncodedContent([new("action", "Pause"), new("days", "3")]));
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        await Drive.AdvanceDaysAsync(2);
        Assert.Equal(2, (await Drive.EmailsAsync()).Count);
        await Drive.AdvanceDaysAsync(1);

        var emails = await Drive.WaitForEmailsAsync(3);
        Assert.Equal([null, EmailKind.Welcome, EmailKind.Resume], emails.Take(3).Select(mail => mail.KindIn(App.Library)));
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
        Assert.Null(record.Enrollment.ResumeOn);
        Assert.Equal(3, record.Enrollment.PausedDays);
        var timeline = (await App.Progress.ListAsync(id, CancellationToken.None)).Select(p => (p.Kind, p.Detail)).ToList();
        Assert.Contains((ProgressKind.Paused, "preferences;days=3"), timeline);
        Assert.Contains((ProgressKind.Resumed, "pause-ended"), timeline);
        Assert.True(timeline.IndexOf((ProgressKind.Paused, "preferences;days=3")) < timeline.IndexOf((ProgressKind.Resumed, "pause-ended")));
    }

    [GeneratedRegex(@"Change when emails arrive: (https?://\S+/api/preferences\?token=[a-z0-9]+)")]
    private static partial Regex PreferencesLinkPattern();
}
