using System.Net;
using System.Text;
using PainDrip.Core.Email;
using PainDrip.Functions.Tests.EndToEnd;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Hostile;

/// <summary>One person, many sign-ups: in parallel, in every RFC 5322 spelling, and after unsubscribing; real stores and SMTP.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SignupRaceTests(ServiceFixture world)
{
    /// <summary>Every spelling the mailer reads as sam@example.com: comments before, inside and after, nested, display names, case.</summary>
    public static readonly string[] Spellings =
    [
        "sam@example.com", "SAM@Example.COM", "sam(x)@example.com", "(c)sam@example.com", "sam@example.com(c)", "sam@(c)example.com",
        "sam(a(nested)comment)@example.com", "\"Sam\" <sam@example.com>", "Sam Example <Sam@example.com>", "<sam@example.com>",
        "\"Sam (home)\" <sam(home)@example.com> (old)", "  sam@example.com  ", "sam@EXAMPLE.com (work)",
    ];

    private static StringContent Signup(string email) => new(EnrollmentApp.SignupJson(email: email), Encoding.UTF8, "application/json");

    private static int Enrollments(HashSet<string> rows) => rows.Count(row => row.Contains("Enrollments|", StringComparison.Ordinal) && row.Contains("|enrollment|", StringComparison.Ordinal));

    private async Task<int> EmailsAfterSettlingAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        return (await world.Maildev.EmailsAsync()).Count;
    }

    [Fact]
    public async Task Enroll_FiftyParallelSignupsOfOneAddress_OneEnrollmentAndOneConfirmation()
    {
        await world.Maildev.ClearAsync();
        await using var app = new HostileApp(world).Start();

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using var response = await app.Http.PostAsync("/api/enroll", Signup(Spellings[i % Spellings.Length]));
            return response.StatusCode;
        }));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, 50), answers);
        Assert.Equal(1, Enrollments(await app.RowsAsync()));
        Assert.Equal(1, await EmailsAfterSettlingAsync());
    }

    [Fact]
    public async Task Enroll_EverySpellingOneAfterAnother_OneEnrollmentAndOneConfirmationWithinTheInterval()
    {
        await world.Maildev.ClearAsync();
        await using var app = new HostileApp(world).Start();

        var answers = new List<HttpStatusCode>();
        foreach (var spelling in Spellings)
        {
            using var response = await app.Http.PostAsync("/api/enroll", Signup(spelling));
            answers.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, Spellings.Length), answers);
        Assert.Equal(1, Enrollments(await app.RowsAsync()));
        Assert.Equal(1, await EmailsAfterSettlingAsync());
    }

    [Fact]
    public async Task Enroll_EverySpellingOfASuppressedAddress_WritesNothingAndSendsNothing()
    {
        await world.Maildev.ClearAsync();
        await using var app = new HostileApp(world).Start();
        await app.Service<ISuppressionList>().AddAsync("sam@example.com", SuppressionReason.Unsubscribe);
        var rows = await app.RowsAsync();

        var answers = new List<HttpStatusCode>();
        foreach (var spelling in Spellings)
        {
            using var response = await app.Http.PostAsync("/api/enroll", Signup(spelling));
            answers.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, Spellings.Length), answers);
        Assert.True(rows.SetEquals(await app.RowsAsync()), "A sign-up for the suppressed address wrote a row.");
        Assert.Equal(0, await EmailsAfterSettlingAsync());
    }
}
