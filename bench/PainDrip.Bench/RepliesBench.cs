using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainDrip.Functions.Standalone;
using PainDrip.Infrastructure.Security;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Bench;

/// <summary>
/// <c>replies</c>: check-in replies per second end to end through the standalone app (Kestrel on loopback, real HTTP,
/// Inbound Parse forms, Table stores on in-memory Azurite) and table requests per reply (counted by a pipeline policy on
/// the table client), against two baselines in the same run, at the same concurrency: the storage floor (a bare minimal
/// API reading the same form and making the table requests a reply needs, <see cref="RepliesFloor"/>, on the same
/// Azurite and counted the same way) and a bare minimal API that only reads the form. App, floor and bare run
/// interleaved, twice.
/// </summary>
internal static class RepliesBench
{
    private const string Secret = "bench-inbound-secret";
    // Enough replies per side for tiered JIT (and Azurite) to settle, so the rounds measure the steady state.
    private const int WarmUp = 300;
    private const int Rounds = 2;

    public static async Task RunAsync(int replies, int concurrency)
    {
        await using var azurite = await BenchAzurite.StartAsync();
        var prefix = $"r{Guid.NewGuid():N}"[..12];
        var appCounter = new TableRequestCounter();
        var floorCounter = new TableRequestCounter();
        await using var app = await StartAppAsync(azurite, prefix, appCounter);
        var perSide = WarmUp + Rounds * replies;
        var forms = await PeopleAsync(app.Services, 2 * perSide);
        var (appForms, floorForms) = (forms[..perSide], forms[perSide..]);
        await using var floor = await RepliesFloor.StartAsync(azurite.ConnectionString, prefix, floorCounter, floorForms.ToDictionary(f => f.To, f => f.Id));
        await using var bare = await StartBareAsync();
        using var http = new HttpClient();
        var appSide = new Side(http, app.Urls.First(), appForms, appCounter, azurite);
        var floorSide = new Side(http, floor.Urls.First(), floorForms, floorCounter, azurite);
        var bareSide = new Side(http, bare.Urls.First(), appForms, null, azurite);
        foreach (var side in new[] { appSide, floorSide, bareSide })
        {
            await side.RunAsync(..WarmUp, concurrency);
        }
        Console.WriteLine($"replies: {replies:N0} check-in replies per measurement after {WarmUp} to warm up, {concurrency} at once, in-memory Azurite on port {azurite.Port}");
        for (var round = 0; round < Rounds; round++)
        {
            var batch = new Range(WarmUp + round * replies, WarmUp + (round + 1) * replies);
            // The order alternates, so neither side always meets an Azurite that the other has just filled.
            var (first, second) = round % 2 == 0 ? (appSide, floorSide) : (floorSide, appSide);
            var one = await first.RunAsync(batch, concurrency);
            var two = await second.RunAsync(batch, concurrency);
            var (a, f) = round % 2 == 0 ? (one, two) : (two, one);
            var b = await bareSide.RunAsync(batch, concurrency);
            Console.WriteLine(
                $"  app {a.PerSecond,6:N0} replies/s; storage floor {f.PerSecond,6:N0} /s, ratio {a.PerSecond / f.PerSecond:0.00}x; " +
                $"bare form-reading API {b.PerSecond,6:N0} /s, ratio {a.PerSecond / b.PerSecond:0.00}x; " +
                $"table requests/reply app {a.Requests:0.00}, floor {f.Requests:0.00}");
            Console.WriteLine(
                $"    processor ms/reply: app {a.ProcessMs:0.00} + Azurite {a.AzuriteMs:0.00}; floor {f.ProcessMs:0.00} + Azurite {f.AzuriteMs:0.00}");
        }
    }

    private sealed record Result(double PerSecond, double Requests, double ProcessMs, double AzuriteMs);

    /// <summary>One side of the comparison: where to post, which replies, and its request counter.</summary>
    private sealed record Side(HttpClient Http, string BaseUrl, Reply[] Forms, TableRequestCounter? Counter, BenchAzurite Azurite)
    {
        // Rate, table requests per reply, and processor time per reply of this process (server and posting client) and of Azurite.
        public async Task<Result> RunAsync(Range batch, int concurrency)
        {
            var forms = Forms[batch];
            Counter?.Reset();
            var (process, azurite) = (Process.GetCurrentProcess().TotalProcessorTime, Azurite.ProcessorTime);
            var rate = await PostAllAsync(Http, BaseUrl, forms, concurrency);
            var processMs = (Process.GetCurrentProcess().TotalProcessorTime - process).TotalMilliseconds / forms.Length;
            var azuriteMs = (Azurite.ProcessorTime - azurite).TotalMilliseconds / forms.Length;
            return new Result(rate, (Counter?.Reset() ?? 0) / (double)forms.Length, processMs, azuriteMs);
        }
    }

    private static async Task<WebApplication> StartAppAsync(BenchAzurite azurite, string prefix, TableRequestCounter counter)
    {
        var app = StandaloneHost.Build(
        [
            "--environment=Testing", "--urls=http://127.0.0.1:0",
            $"--TableStorageOptions:ConnectionString={azurite.ConnectionString}",
            $"--TableStoreOptions:TablePrefix={prefix}",
            $"--LessonLibraryOptions:Directory={Path.Combine(BenchAzurite.RepoRoot(), "content", "lessons")}",
            "--EmailOptions:FromAddress=coach@paindrip.test", "--EmailOptions:InboundDomain=in.paindrip.test",
            "--EmailOptions:PostalAddress=PainDrip, 1 Bench Street", "--EmailOptions:PublicBaseUrl=https://paindrip.test",
            "--LinkSigningOptions:Secret=bench-only-secret-that-is-long-enough-0123456789",
            "--SmtpOptions:Host=127.0.0.1", $"--InboundOptions:Secret={Secret}", "--Logging:LogLevel:Default=Warning",
        ], services => services.AddSingleton(new TableStoragePolicies(counter)));
        await app.StartAsync();
        return app;
    }

    private static async Task<WebApplication> StartBareAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var bare = builder.Build();
        bare.MapPost("/api/inbound", async (HttpRequest request) => (await request.ReadFormAsync()).Count > 0 ? Results.Ok() : Results.BadRequest());
        await bare.StartAsync();
        return bare;
    }

    // One confirmed person per reply (so no reply waits on another's ETag), each with a signed reply address.
    private static async Task<Reply[]> PeopleAsync(IServiceProvider app, int count)
    {
        // Confirmed a day ago by the app's own (system) clock: a check-in answer in week one of their program.
        await SendBenchApp.SeedPeopleAsync(app, count, NodaTime.SystemClock.Instance.GetCurrentInstant() - NodaTime.Duration.FromDays(1));
        var tokens = app.GetRequiredService<LinkTokens>();
        return [.. SendBenchApp.SeededIds.Select(id => new Reply(id, $"reply+{tokens.Create(LinkPurpose.Reply, id)}@in.paindrip.test", $"<{Guid.NewGuid():N}@example.com>"))];
    }

    private sealed record Reply(string Id, string To, string MessageId);

    private static async Task<double> PostAllAsync(HttpClient http, string baseUrl, Reply[] forms, int concurrency)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(forms, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (form, token) =>
        {
            using var content = Form(form.To, form.MessageId);
            using var response = await http.PostAsync($"{baseUrl}/api/inbound?key={Secret}", content, token);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The inbound post answered {(int)response.StatusCode}.");
            }
        });
        return forms.Length / clock.Elapsed.TotalSeconds;
    }

    private static MultipartFormDataContent Form(string to, string messageId)
    {
        var headers = $"MIME-Version: 1.0\r\nFrom: Sam <sam@example.com>\r\nTo: {to}\r\nSubject: Re: your lesson\r\nMessage-ID: {messageId}\r\n";
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new[]
        {
            ("headers", headers), ("to", to), ("from", "Sam <sam@example.com>"), ("subject", "Re: your lesson"),
            ("text", "Pain is about a 4 today, a bit better. The squeezes help.\r\n"), ("envelope", $$"""{"to":["{{to}}"],"from":"sam@example.com"}"""),
            ("charsets", """{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}"""), ("spam_score", "0.1"), ("attachments", "0"),
        })
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(value)), name);
        }
        return form;
    }
}
