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
/// (the same requests and rows: read the person, claim, send, confirm, move the due entry) at the same concurrency; table
/// requests and CPU (this process and Azurite) per email; and the cost of a run with ten times as many people not due,
/// next to the floor's cost with the same crowd (Azurite's own per-request cost grows with a table's size; Table
/// Storage's does not).
/// </summary>
/// <remarks>
/// The two sides take turns on the same tables (<see cref="MeasureInterleavedAsync"/>): this machine is a shared VM
/// whose speed drifts by more than 2× within minutes (one floor run of 3,000 people measured 60 emails/s, the same run
/// a minute later 150), so a side measured alone, minutes after the other, says more about the host than about the app.
/// </remarks>
internal static class SendBench
{
    // Each side's half of the people is sent in this many slices, alternating with the other side's.
    private const int Slices = 10;

    public static async Task RunAsync(int people, int concurrency)
    {
        await using var azurite = await BenchAzurite.StartAsync();
        Console.WriteLine($"send: {people:N0} people due, {concurrency} at once, in-memory Azurite on port {azurite.Port}");
        await WarmUpAsync(azurite, Math.Min(people, 500), concurrency);
        foreach (var latency in new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(100) })
        {
            var (app, floor, ratios) = await MeasureInterleavedAsync(azurite, people, concurrency, latency);
            ratios.Sort();
            var median = (ratios[(ratios.Count - 1) / 2] + ratios[ratios.Count / 2]) / 2;
            Console.WriteLine(
                $"  mail latency {latency.TotalMilliseconds,3:0} ms: app {app.PerSecond,6:N0} emails/s, floor {floor.PerSecond,6:N0} emails/s, " +
                $"ratio {app.PerSecond / floor.PerSecond:0.00}x (slices {ratios[0]:0.00}x to {ratios[^1]:0.00}x, median {median:0.00}x); " +
                $"table requests/email app {app.RequestsPerEmail:0.00}, floor {floor.RequestsPerEmail:0.00}");
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
            rates.Add((await MeasureAsync(floor: false, azurite, people, 0, concurrency, TimeSpan.Zero)).PerSecond);
        }
        await MeasureAsync(floor: true, azurite, people, 0, concurrency, TimeSpan.Zero);
        Console.WriteLine($"  warm-up, not counted: {rates.Count} app rounds of {people:N0} emails at {string.Join(", ", rates.Select(r => r.ToString("N0")))} emails/s, then the floor once");
    }

    // One Enrollments table of all the people; half of them in the app's due index and half in the floor's, each half
    // in slices due a minute apart. The clock moves a minute at a time, and each side sends the slice now due, in turn
    // (app first, then floor first, and so on), so both work on the same tables at the same size, in the same minutes.
    private static async Task<(Result App, Result Floor, List<double> Ratios)> MeasureInterleavedAsync(
        BenchAzurite azurite, int people, int concurrency, TimeSpan latency)
    {
        var counter = new TableRequestCounter();
        var clock = new SendBenchApp.BenchClock();
        var prefix = NewPrefix();
        await using var app = SendBenchApp.Build(azurite.ConnectionString, prefix, counter, latency, concurrency, clock);
        // The floor's own due index (tables under a longer prefix); it reads and writes the app's Enrollments table.
        await using var floorSide = SendBenchApp.Build(azurite.ConnectionString, prefix + "f", counter, latency, concurrency, clock);
        var floorIndex = floorSide.GetRequiredService<IDueIndex>();
        var slice = Math.Max(1, people / 2 / Slices);
        var start = clock.Instant;
        for (var k = 0; k < Slices; k++)
        {
            await SendBenchApp.SeedAsync(app, slice, start + Duration.FromMinutes(k));
            await SendBenchApp.SeedAsync(app, slice, start + Duration.FromMinutes(k), floorIndex);
        }
        var (appTotal, floorTotal, ratios) = (Result.None, Result.None, new List<double>());
        for (var k = 0; k < Slices; k++)
        {
            clock.Set(start + Duration.FromMinutes(k));
            var now = clock.Instant;
            Task<Result> AppSlice() => TimeAsync(azurite, counter, () => App(app));
            Task<Result> FloorSlice() => TimeAsync(azurite, counter, () => Floor(app, floorIndex, prefix, now, latency, concurrency));
            Result a, f;
            if (k % 2 == 0)
            {
                a = await AppSlice();
                f = await FloorSlice();
            }
            else
            {
                f = await FloorSlice();
                a = await AppSlice();
            }
            (appTotal, floorTotal) = (appTotal + a, floorTotal + f);
            ratios.Add(a.PerSecond / f.PerSecond);
            Console.WriteLine($"    slice {k + 1,2}/{Slices} ({latency.TotalMilliseconds:0} ms): app {a.PerSecond,5:N0}, floor {f.PerSecond,5:N0} emails/s");
        }
        await DropTablesAsync(app.GetRequiredService<TableServiceClient>(), prefix);
        return (appTotal, floorTotal, ratios);
    }

    // The same due people alone and among ten times as many not due, on both paths.
    private static async Task MeasureCrowdAsync(BenchAzurite azurite, int due, int concurrency)
    {
        var app = await MeasureAsync(floor: false, azurite, due, 0, concurrency, TimeSpan.Zero);
        var appCrowded = await MeasureAsync(floor: false, azurite, due, due * 10, concurrency, TimeSpan.Zero);
        var floor = await MeasureAsync(floor: true, azurite, due, 0, concurrency, TimeSpan.Zero);
        var floorCrowded = await MeasureAsync(floor: true, azurite, due, due * 10, concurrency, TimeSpan.Zero);
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
        public static readonly Result None = new(0, 0, 0, 0, 0);

        public double PerSecond => Emails / Seconds;

        public double RequestsPerEmail => (double)Requests / Emails;

        public string CpuPerEmail => $"this process {AppCpu * 1000 / Emails:0.00} ms, Azurite {AzuriteCpu * 1000 / Emails:0.00} ms";

        public static Result operator +(Result a, Result b) =>
            new(a.Emails + b.Emails, a.Requests + b.Requests, a.Seconds + b.Seconds, a.AppCpu + b.AppCpu, a.AzuriteCpu + b.AzuriteCpu);
    }

    // One side alone on its own tables: due people (and others not due yet), sent until none is left.
    private static async Task<Result> MeasureAsync(bool floor, BenchAzurite azurite, int due, int notDue, int concurrency, TimeSpan latency)
    {
        var counter = new TableRequestCounter();
        var clock = new SendBenchApp.BenchClock();
        var prefix = NewPrefix();
        await using var app = SendBenchApp.Build(azurite.ConnectionString, prefix, counter, latency, concurrency, clock);
        await SendBenchApp.SeedAsync(app, due, clock.Instant - Duration.FromMinutes(1));
        await SendBenchApp.SeedAsync(app, notDue, clock.Instant + Duration.FromDays(3));
        var index = app.GetRequiredService<IDueIndex>();
        var result = await TimeAsync(azurite, counter,
            () => floor ? Floor(app, index, prefix, clock.Instant, latency, concurrency) : App(app));
        await DropTablesAsync(app.GetRequiredService<TableServiceClient>(), prefix);
        return result;
    }

    private static async Task<Result> TimeAsync(BenchAzurite azurite, TableRequestCounter counter, Func<Task<int>> send)
    {
        counter.Reset();
        var (ownCpu, azuriteCpu) = (Process.GetCurrentProcess().TotalProcessorTime, azurite.ProcessorTime);
        var clock = Stopwatch.StartNew();
        var sent = await send();
        return new Result(sent, counter.Requests, clock.Elapsed.TotalSeconds,
            (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalSeconds, (azurite.ProcessorTime - azuriteCpu).TotalSeconds);
    }

    private static string NewPrefix() => "b" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<int> App(ServiceProvider app)
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
    private static async Task<int> Floor(ServiceProvider app, IDueIndex index, string prefix, Instant now, TimeSpan latency, int concurrency)
    {
        var enrollments = app.GetRequiredService<TableServiceClient>().GetTableClient(prefix + "Enrollments");
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
