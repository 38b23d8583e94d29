using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.EndToEnd;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Security;
using PainDrip.TestSupport;
using Xunit.Abstractions;

namespace PainDrip.Functions.Tests.Hostile;

/// <summary>
/// The hostile corpus against the standalone app on Azurite and maildev, one request at a time: no 5xx, no error in
/// the log, and no row written, changed or removed by any request the app refused. Figures go to <c>.artifacts/hostile</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class HostileSuiteTests(ServiceFixture world, ITestOutputHelper output)
{
    private const string Person = "hostile.person@example.com";

    [Fact]
    public async Task Corpus_EveryRoute_NoServerErrorNoLoggedErrorAndNoRowFromARefusedRequest()
    {
        await world.Maildev.ClearAsync();
        await using var app = new HostileApp(world).Start();
        var corpus = HostileCorpus.All(await ActiveReplyTokenAsync(app));
        Assert.True(corpus.Count >= 300, $"The corpus has only {corpus.Count} requests.");

        var clock = Stopwatch.StartNew();
        var results = new List<(HostileRequest Request, int Status)>();
        var writtenByRefusals = new List<string>();
        var rows = await app.RowsAsync();
        foreach (var request in corpus)
        {
            using var message = request.ToMessage();
            using var response = await app.Http.SendAsync(message);
            var status = (int)response.StatusCode;
            var after = await app.RowsAsync();
            if (status >= 400 && !after.SetEquals(rows))
            {
                writtenByRefusals.Add($"{request.Name} ({status}): {string.Join(", ", after.Except(rows).Concat(rows.Except(after)).Take(3))}");
            }
            results.Add((request, status));
            rows = after;
        }
        clock.Stop();

        var errors = app.Logs.Where(log => log.Level >= LogLevel.Error || log.Exception is not null)
            .Select(log => $"{log.Category} {log.Level}: {log.Message} {log.Exception?.GetType().Name}").ToList();
        var serverErrors = results.Where(r => r.Status >= 500).Select(r => $"{r.Request.Name} ({r.Status})").ToList();
        Report(results, writtenByRefusals.Count, clock.Elapsed);
        Assert.Empty(serverErrors);
        Assert.Empty(writtenByRefusals);
        Assert.Empty(errors);
    }

    /// <summary>Signs a person up and confirms, so inbound mail in the corpus reaches a real, active enrollment.</summary>
    private static async Task<string> ActiveReplyTokenAsync(HostileApp app)
    {
        using var signup = await app.Http.PostAsync("/api/enroll",
            new StringContent(EnrollmentApp.SignupJson(email: Person), Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, signup.StatusCode);
        var id = (await app.Service<IEnrollmentStore>().FindByEmailAsync(Person, default))!.Id;
        var tokens = app.Service<LinkTokens>();
        using var confirm = await app.Http.PostAsync($"/api/confirm?token={Uri.EscapeDataString(tokens.Create(LinkPurpose.Confirm, id))}", null);
        Assert.Equal(System.Net.HttpStatusCode.OK, confirm.StatusCode);
        return tokens.Create(LinkPurpose.Reply, id);
    }

    private void Report(List<(HostileRequest Request, int Status)> results, int rowsFromRefusals, TimeSpan elapsed)
    {
        var text = new StringBuilder()
            .AppendLine($"Hostile corpus: {results.Count} requests in {elapsed.TotalSeconds:0.0} s")
            .AppendLine($"  2xx: {results.Count(r => r.Status < 300)}  3xx: {results.Count(r => r.Status is >= 300 and < 400)}  "
                + $"4xx: {results.Count(r => r.Status is >= 400 and < 500)}  5xx: {results.Count(r => r.Status >= 500)}")
            .AppendLine($"  by status: {string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}")
            .AppendLine($"  refused requests that changed a row: {rowsFromRefusals}");
        foreach (var (request, status) in results)
        {
            text.AppendLine($"  {status} {request.Method} {request.Name}");
        }
        output.WriteLine(text.ToString());
        File.WriteAllText(Path.Combine(RepoPaths.Artifacts("hostile"), "summary.txt"), text.ToString());
    }
}
