using System.Net;
using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Apis;

/// <summary>GET/POST /api/preferences through the real pipeline with substituted ports: a GET never writes, each change
/// saves, logs on the timeline and moves the next wake-up; bad input writes nothing and names the field.</summary>
public sealed partial class PreferenceApiTests : IAsyncLifetime
{
    private readonly EnrollmentApp _app = new();
    private EnrollmentRecord _stored = null!;

    public Task InitializeAsync()
    {
        var pending = EnrollmentApp.PendingRecord();
        // Confirmed yesterday morning with the welcome sent, so the next lesson lies ahead.
        var startedAt = EnrollmentApp.Now - Duration.FromDays(1);
        var started = _app.Planner.Start(pending.Enrollment, startedAt);
        var welcome = _app.Planner.PlanNext(started, startedAt)!;
        Store(pending with { Enrollment = _app.Planner.RecordSent(started, welcome, startedAt) });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private void Store(EnrollmentRecord record)
    {
        _stored = record;
        _app.Ports.Enrollments.FindAsync(record.Id, Arg.Any<CancellationToken>()).Returns(record);
    }

    private string Token(LinkPurpose purpose = LinkPurpose.Preferences) => _app.Tokens.Create(purpose, _stored.Id);

    private Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] fields) =>
        _app.CreateClient().PostAsync($"/api/preferences?token={Token()}",
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    private EnrollmentRecord Saved() =>
        (EnrollmentRecord)_app.Ports.Enrollments.ReceivedCalls()
            .Single(c => c.GetMethodInfo().Name == nameof(IEnrollmentStore.SaveAsync)).GetArguments()[0]!;

    private void AssertNothingWritten()
    {
        _app.Ports.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
        _app.Ports.Progress.DidNotReceiveWithAnyArgs().AppendAsync(default!, default!, default);
        _app.Ports.DueIndex.ReceivedCalls().Where(c => c.GetMethodInfo().Name != nameof(IDueIndex.ReadDueAsync)).ToList()
            .ForEach(c => Assert.Fail($"The due index was changed: {c.GetMethodInfo().Name}"));
        _app.Ports.Suppressions.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
    }

    [Fact]
    public async Task Get_GoodLink_ShowsTheCurrentTimeAndFormsAndWritesNothing()
    {
        var response = await _app.CreateClient().GetAsync($"/api/preferences?token={Token()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<dt>Emails arrive at</dt><dd>08:00</dd>", page);
        Assert.Contains("<dt>Time zone</dt><dd>Europe/London</dd>", page);
        Assert.Contains("<option value=\"8\" selected>08:00</option>", page);
        Assert.Contains($"<form method=\"post\" action=\"/api/preferences?token={Token()}\" novalidate>", page);
        Assert.Equal(3, CountOf(page, "<form method=\"post\""));
        AssertNothingWritten();
    }

    [Fact]
    public async Task Post_NewHourAndZone_SavesLogsAndMovesTheNextEmail()
    {
        var response = await PostAsync(("action", "SendTime"), ("sendHour", "19"), ("timeZone", "America/New_York"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your emails now arrive at 19:00, America/New_York time.", await response.Content.ReadAsStringAsync());
        var saved = Saved();
        Assert.Equal((19, "America/New_York"), (saved.Enrollment.SendHour, saved.Enrollment.TimeZoneId));
        Assert.Equal(EnrollmentStatus.Active, saved.Enrollment.Status);
        await _app.Ports.Progress.Received(1).AppendAsync(_stored.Id, Arg.Is<ProgressEntry>(p =>
            p.Kind == ProgressKind.PreferencesChanged && p.Detail == "send-hour=19;time-zone=America/New_York"), Arg.Any<CancellationToken>());
        // The next email now comes at 19:00 New York time (UTC-4 in March after the switch to summer time).
        var due = (Instant)_app.Ports.DueIndex.ReceivedCalls().Single(c => c.GetMethodInfo().Name == nameof(IDueIndex.ScheduleAsync)).GetArguments()[1]!;
        Assert.Equal(new LocalTime(19, 0), due.InZone(DateTimeZoneProviders.Tzdb["America/New_York"]).TimeOfDay);
    }

    [Theory]
    [InlineData("5", "Europe/London", "sendHour", "Choose an hour between 06:00 and 21:00.")]
    [InlineData("22", "Europe/London", "sendHour", "Choose an hour between 06:00 and 21:00.")]
    [InlineData("nine", "Europe/London", "sendHour", "Choose an hour between 06:00 and 21:00.")]
    [InlineData("9", "Mars/Olympus_Mons", "timeZone", "We do not know this time zone. Use a name such as Europe/London or America/New_York.")]
    [InlineData("9", "  ", "timeZone", "Enter your time zone, such as Europe/London or America/New_York.")]
    public async Task Post_BadSendTime_Answers400WithTheErrorUnderItsFieldAndWritesNothing(
        string hour, string zone, string field, string message)
    {
        var response = await PostAsync(("action", "SendTime"), ("sendHour", hour), ("timeZone", zone));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<p class=\"error\" id=\"{field}-error\">{System.Net.WebUtility.HtmlEncode(message)}</p>", page);
        Assert.Contains("aria-invalid=\"true\"", TagOf(page, field));
        Assert.Equal(1, CountOf(page, "aria-invalid=\"true\""));
        Assert.Contains("role=\"alert\"", page);
        AssertNothingWritten();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    [InlineData("")]
    [InlineData("2.5")]
    public async Task Post_BadPauseDays_Answers400OnDaysAndWritesNothing(string days)
    {
        var response = await PostAsync(("action", "Pause"), ("days", days));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"days-error\">Enter a whole number of days from 1 to 60.</p>", await response.Content.ReadAsStringAsync());
        AssertNothingWritten();
    }

    [Fact]
    public async Task Post_UnknownAction_Answers400AndWritesNothing()
    {
        var response = await PostAsync(("action", "DeleteEverything"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Please use one of the buttons on this page.", await response.Content.ReadAsStringAsync());
        AssertNothingWritten();
    }

    /// <summary>The opening tag of the input or select with this id.</summary>
    private static string TagOf(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\" name=", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No field {id} on the page.");
        return page[start..page.IndexOf('>', start)];
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
