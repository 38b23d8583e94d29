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
/// answering at once and after 100 ms) against a bare loop that does the table work an email needs and nothing else
/// (the same requests and rows: read the person, claim, send, confirm, move the due entry) at the same concurrency; table requests and CPU
/// (this process and Azurite) per email; and the cost of a run with ten times as many people not due, next to the
/// floor's cost with the same crowd (Azurite's own per-request cost grows with a table's size; Table Storage's does not).
/// </summary>
internal static class SendBench
{
    private delegate Task<int> SendAll(ServiceProvider app, string prefix, TimeSpan latency, int concurrency);

    public static async Task RunAsync(int people, int concurrency)
    {
        await using var azurite = await BenchAzurite.StartAsync();
        Console.WriteLine($"send: {people:N0} people due, {concurrency} at once, in-memory Azurite on port {azurite.Port}");
        await WarmUpAsync(azurite, Math.Min(people, 500), concurrency);
        foreach (var latency in new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(100) })
        {
            var app = await MeasureAsync(App, azurite, people, 0, concurrency, latency);
            var floor = await MeasureAsync(Floor, azurite, people, 0, concurrency, latency);
            Console.WriteLine(
                $"  mail latency {latency.TotalMilliseconds,3:0} ms: app {app.PerSecond,6:N0} emails/s, floor {floor.PerSecond,6:N0} emails/s, " +
                $"ratio {app.PerSecond / floor.PerSecond:0.00}x; table requests/email app {app.RequestsPerEmail:0.00}, floor {floor.RequestsPerEmail:0.00}");
            Console.WriteLine($"    CPU per email: app {app.CpuPerEmail}; floor {floor.CpuPerEmail}");
        }
        await MeasureCrowdAsync(azurite, Math.Min(people, 1_000), concurrency);
    }

    // Warm-up: rounds of the app path until its rate stops rising (tiered JIT recompiles the SDK, JSON and Markdown
    // code for seconds), then the floor once; nothing of it is counted, but the cold rounds are printed.
    private static async Task WarmUpAsync(BenchAzurite azurite, int people, int concurrency)
    {
        var rates = new List<double>();
        while (rates.Count < 3 || (rates.Count < 10 && rates[^1] > rates[^2] * 1.05))
        {
            rates.Add((await MeasureAsync(App, azurite, people, 0, concurrency, TimeSpan.Zero)).PerSecond);
        }
        await MeasureAsync(Floor, azurite, people, 0, concurrency, TimeSpan.Zero);
        Console.WriteLine($"  warm-up, not counted: {rates.Count} app rounds of {people:N0} emails at {string.Join(", ", rates.Select(r => r.ToString("N0")))} emails/s, then the floor once");
    }

    // The same due people alone and among ten times as many not due, on both paths.
    private static async Task MeasureCrowdAsync(BenchAzurite azurite, int due, int concurrency)
    {
        var app = await MeasureAsync(App, azurite, due, 0, concurrency, TimeSpan.Zero);
        var appCrowded = await MeasureAsync(App, azurite, due, due * 10, concurrency, TimeSpan.Zero);
        var floor = await MeasureAsync(Floor, azurite, due, 0, concurrency, TimeSpan.Zero);
        var floorCrowded = await MeasureAsync(Floor, azurite, due, due * 10, concurrency, TimeSpan.Zero);
        var appGrowth = appCrowded.Seconds / app.Seconds;
        var floorGrowth = floorCrowded.Seconds / floor.Seconds;
        Console.WriteLine(
            $"  {due:N0} due among {due * 10:N0} more not due: table requests {appCrowded.Requests:N0} vs {app.Requests:N0} alone " +
            $"({(double)appCrowded.Requests / app.Requests:0.00}x); run time app {appGrowth:0.00}x, floor {floorGrowth:0.00}x " +
            $"(app against floor, crowded: {appGrowth / floorGrowth:0.00}x)");
        Console.WriteLine($"    CPU per email, crowded: app {appCrowded.CpuPerEmail}; floor {floorCrowded.CpuPerEmail}");
    }

    private sealed record Result(int Emails, long Requests, double Seconds, double AppCpu, double AzuriteCpu)
    {
        public double PerSecond => Emails / Seconds;

        public double RequestsPerEmail => (double)Requests / Emails;

        public string CpuPerEmail => $"this process {AppCpu * 1000 / Emails:0.00} ms, Azurite {AzuriteCpu * 1000 / Emails:0.00} ms";
    }

    private static async Task<Result> MeasureAsync(SendAll send, BenchAzurite azurite, int due, int notDue, int concurrency, TimeSpan latency)
    {
        var counter = new TableRequestCounter();
        var prefix = "b" + Guid.NewGuid().ToString("N")[..10];
        await using var app = SendBenchApp.Build(azurite.ConnectionString, prefix, counter, latency, concurrency);
        await SendBenchApp.SeedAsync(app, due, Duration.FromMinutes(-1));
        await SendBenchApp.SeedAsync(app, notDue, Duration.FromDays(3));
        counter.Reset();
        var (ownCpu, azuriteCpu) = (Process.GetCurrentProcess().TotalProcessorTime, azurite.ProcessorTime);
        var clock = Stopwatch.StartNew();
        var sent = await send(app, prefix, latency, concurrency);
        var result = new Result(sent, counter.Requests, clock.Elapsed.TotalSeconds,
            (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalSeconds, (azurite.ProcessorTime - azuriteCpu).TotalSeconds);
        await DropTablesAsync(app.GetRequiredService<TableServiceClient>(), prefix);
        return result;
    }

    private static async Task<int> App(ServiceProvider app, string prefix, TimeSpan latency, int concurrency)
    {
        // One run sends everything due unless its time budget runs out; then the next run carries on.
        var sent = 0;
        for (var run = 0; run < 5; run++)
        {
            using var scope = app.CreateScope();
            var summary = await scope.ServiceProvider.GetRequiredService<ILessonScheduler>().SendDueAsync(CancellationToken.None);
            sent += summary.Sent;
            if (!summary.StoppedEarly)
            {
                break;
            }
        }
        return sent;
    }

    // The floor: the same people, concurrency and mail latency, and the same requests and rows an email needs, with none
    // of the app's code: read the person; claim (the person's row with a mark, a delivery row) in one transaction; send;
    // confirm (the mark cleared, the delivery sent, a timeline line) in one transaction; move the due entry. The rows
    // matter as much as the requests here, because Azurite's cost per request grows with the number of rows in a table.
    private static async Task<int> Floor(ServiceProvider app, string prefix, TimeSpan latency, int concurrency)
    {
        var index = app.GetRequiredService<IDueIndex>();
        var enrollments = app.GetRequiredService<TableServiceClient>().GetTableClient(prefix + "Enrollments");
        var now = Instant.FromDateTimeOffset(SendBenchApp.Now);
        var sent = 0;
        for (IReadOnlyList<DueEntry> due; (due = await index.ReadDueAsync(now, 100, CancellationToken.None)).Count > 0;)
        {
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (entry, token) =>
            {
                var id = entry.EnrollmentId;
                var row = (await enrollments.GetEntityAsync<TableEntity>(id, "enrollment", cancellationToken: token)).Value;
                row["Unconfirmed"] = "d-floor";
                var claimed = await enrollments.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, row, row.ETag),
                    new(TableTransactionActionType.Add, new TableEntity(id, "d-floor") { ["RecordedAt"] = SendBenchApp.Now }),
                ], token);
                if (latency > TimeSpan.Zero)
                {
                    await Task.Delay(latency, token);
                }
                await enrollments.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateMerge, new TableEntity(id, "enrollment") { ["Unconfirmed"] = "" }, claimed.Value[0].Headers.ETag ?? ETag.All),
                    new(TableTransactionActionType.UpdateMerge, new TableEntity(id, "d-floor") { ["SentAt"] = SendBenchApp.Now }, ETag.All),
                    new(TableTransactionActionType.Add, new TableEntity(id, $"p-{Guid.CreateVersion7():N}") { ["Kind"] = "EmailSent" }),
                ], token);
                await index.ReplaceAsync(entry, now + Duration.FromDays(1), token);
                Interlocked.Increment(ref sent);
            });
        }
        return sent;
    }

    // Azurite keeps every table in memory: each measurement removes its own, so the next starts from the same state.
    private static async Task DropTablesAsync(TableServiceClient service, string prefix)
    {
        await foreach (var table in service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}")))
        {
            await service.DeleteTableAsync(table.Name);
        }
    }
}
