using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PainDrip.Core.Ports;
using PainDrip.Functions.Jobs;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Bench;

/// <summary>
/// <c>send</c>: emails/s of the real SendDueLessons path (the app's services, in-memory Azurite, a fake mail service
/// answering at once and after 100 ms) against a bare loop that does the minimal table work per email (read the person,
/// claim in one transaction, send, note it sent, move the due entry) at the same concurrency; table requests per email;
/// and the cost of a run with ten times as many people not due.
/// </summary>
internal static class SendBench
{
    public static async Task RunAsync(int people, int concurrency)
    {
        await using var azurite = await BenchAzurite.StartAsync();
        Console.WriteLine($"send: {people:N0} people due, {concurrency} at once, in-memory Azurite on port {azurite.Port}");
        foreach (var latency in new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(100) })
        {
            var app = await MeasureAppAsync(azurite, people, concurrency, latency, notDue: 0);
            var floor = await MeasureFloorAsync(azurite, people, concurrency, latency);
            Console.WriteLine(
                $"  mail latency {latency.TotalMilliseconds,3:0} ms: app {app.PerSecond,8:N0} emails/s, floor {floor.PerSecond,8:N0} emails/s, " +
                $"ratio {app.PerSecond / floor.PerSecond:0.00}x; table requests/email app {app.RequestsPerEmail:0.00}, floor {floor.RequestsPerEmail:0.00}");
        }
        var small = await MeasureAppAsync(azurite, people, concurrency, TimeSpan.Zero, notDue: 0);
        var crowded = await MeasureAppAsync(azurite, people, concurrency, TimeSpan.Zero, notDue: people * 10);
        Console.WriteLine(
            $"  with {people * 10:N0} more people not due: run {crowded.Seconds:0.00} s vs {small.Seconds:0.00} s " +
            $"(ratio {crowded.Seconds / small.Seconds:0.00}x), table requests {crowded.Requests:N0} vs {small.Requests:N0} " +
            $"(ratio {(double)crowded.Requests / small.Requests:0.00}x)");
    }

    private sealed record Result(int Emails, long Requests, double Seconds)
    {
        public double PerSecond => Emails / Seconds;

        public double RequestsPerEmail => (double)Requests / Emails;
    }

    private static async Task<Result> MeasureAppAsync(BenchAzurite azurite, int people, int concurrency, TimeSpan latency, int notDue)
    {
        var counter = new TableRequestCounter();
        await using var app = SendBenchApp.Build(azurite.ConnectionString, Prefix(), counter, latency, concurrency);
        await SendBenchApp.SeedAsync(app, people, Duration.FromMinutes(-1));
        await SendBenchApp.SeedAsync(app, notDue, Duration.FromDays(3));
        counter.Reset();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        for (var run = 0; sent < people && run < 5; run++)
        {
            using var scope = app.CreateScope();
            sent += (await scope.ServiceProvider.GetRequiredService<ILessonScheduler>().SendDueAsync(CancellationToken.None)).Sent;
        }
        return new Result(sent, counter.Requests, clock.Elapsed.TotalSeconds);
    }

    // The floor: the same people and rows, the same concurrency and mail latency, and only the table work an email needs.
    private static async Task<Result> MeasureFloorAsync(BenchAzurite azurite, int people, int concurrency, TimeSpan latency)
    {
        var counter = new TableRequestCounter();
        var prefix = Prefix();
        await using var app = SendBenchApp.Build(azurite.ConnectionString, prefix, counter, latency, concurrency);
        await SendBenchApp.SeedAsync(app, people, Duration.FromMinutes(-1));
        var index = app.GetRequiredService<IDueIndex>();
        var enrollments = app.GetRequiredService<TableServiceClient>().GetTableClient(prefix + "Enrollments");
        var now = Instant.FromDateTimeOffset(SendBenchApp.Now);
        counter.Reset();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        for (IReadOnlyList<DueEntry> due; (due = await index.ReadDueAsync(now, 100, CancellationToken.None)).Count > 0;)
        {
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (entry, token) =>
            {
                var row = (await enrollments.GetEntityAsync<TableEntity>(entry.EnrollmentId, "enrollment", cancellationToken: token)).Value;
                var delivery = new TableEntity(entry.EnrollmentId, "d-floor") { ["RecordedAt"] = SendBenchApp.Now };
                await enrollments.SubmitTransactionAsync(
                    [new(TableTransactionActionType.UpdateReplace, row, row.ETag), new(TableTransactionActionType.Add, delivery)], token);
                if (latency > TimeSpan.Zero)
                {
                    await Task.Delay(latency, token);
                }
                await enrollments.UpdateEntityAsync(new TableEntity(entry.EnrollmentId, "d-floor") { ["SentAt"] = SendBenchApp.Now }, ETag.All, TableUpdateMode.Merge, token);
                await index.ReplaceAsync(entry, now + Duration.FromDays(1), token);
                Interlocked.Increment(ref sent);
            });
        }
        return new Result(sent, counter.Requests, clock.Elapsed.TotalSeconds);
    }

    private static string Prefix() => "b" + Guid.NewGuid().ToString("N")[..10];
}
