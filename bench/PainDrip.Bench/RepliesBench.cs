using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Text;
using Azure.Core.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainDrip.Functions.Standalone;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Bench;

/// <summary>
/// <c>replies</c>: check-in replies per second end to end through the standalone app (Kestrel on loopback, real HTTP,
/// Inbound Parse forms, Table stores on in-memory Azurite) and table requests per reply (every Azure SDK request of
/// the process, counted from the Azure.Core event source), against a bare minimal API reading the same form, in the
/// same run and at the same concurrency.
/// </summary>
internal static class RepliesBench
{
    private const string Secret = "bench-inbound-secret";

    public static async Task RunAsync(int replies, int concurrency)
    {
        await using var azurite = await BenchAzurite.StartAsync();
        long requests = 0;
        using var listener = new AzureEventSourceListener(
            (e, _) => { if (e.EventName == "Request") { Interlocked.Increment(ref requests); } }, EventLevel.Informational);
        await using var app = await StartAppAsync(azurite);
        var forms = await PeopleAsync(app.Services, replies);
        await using var bare = await StartBareAsync();
        using var http = new HttpClient();
        await PostAllAsync(http, app.Urls.First(), forms.Take(20).ToList(), concurrency);
        await PostAllAsync(http, bare.Urls.First(), forms.Take(20).ToList(), concurrency);

        Interlocked.Exchange(ref requests, 0);
        var appRate = await PostAllAsync(http, app.Urls.First(), forms.Skip(20).ToList(), concurrency);
        var perReply = (double)Interlocked.Read(ref requests) / (forms.Count - 20);
        var bareRate = await PostAllAsync(http, bare.Urls.First(), forms.Skip(20).ToList(), concurrency);
        Console.WriteLine($"replies: {forms.Count - 20:N0} check-in replies, {concurrency} at once");
        Console.WriteLine($"  app {appRate,8:N0} replies/s, bare form-reading API {bareRate,8:N0} /s, ratio {appRate / bareRate:0.00}x; table requests/reply {perReply:0.00}");
    }

    private static async Task<WebApplication> StartAppAsync(BenchAzurite azurite)
    {
        var app = StandaloneHost.Build(
        [
            "--environment=Testing", "--urls=http://127.0.0.1:0",
            $"--TableStorageOptions:ConnectionString={azurite.ConnectionString}",
            $"--TableStoreOptions:TablePrefix=r{Guid.NewGuid():N}"[..28],
            $"--LessonLibraryOptions:Directory={Path.Combine(BenchAzurite.RepoRoot(), "content", "lessons")}",
            "--EmailOptions:FromAddress=coach@paindrip.test", "--EmailOptions:InboundDomain=in.paindrip.test",
            "--EmailOptions:PostalAddress=PainDrip, 1 Bench Street", "--EmailOptions:PublicBaseUrl=https://paindrip.test",
            "--LinkSigningOptions:Secret=bench-only-secret-that-is-long-enough-0123456789",
            "--SmtpOptions:Host=127.0.0.1", $"--InboundOptions:Secret={Secret}", "--Logging:LogLevel:Default=Warning",
        ]);
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
    private static async Task<List<(string To, string MessageId)>> PeopleAsync(IServiceProvider app, int count)
    {
        // Confirmed a day ago by the app's own (system) clock: a check-in answer in week one of their program.
        await SendBenchApp.SeedPeopleAsync(app, count + 20, NodaTime.SystemClock.Instance.GetCurrentInstant() - NodaTime.Duration.FromDays(1));
        var tokens = app.GetRequiredService<LinkTokens>();
        return SendBenchApp.SeededIds.Select(id => ($"reply+{tokens.Create(LinkPurpose.Reply, id)}@in.paindrip.test", $"<{Guid.NewGuid():N}@example.com>")).ToList();
    }

    private static async Task<double> PostAllAsync(HttpClient http, string baseUrl, List<(string To, string MessageId)> forms, int concurrency)
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
        return forms.Count / clock.Elapsed.TotalSeconds;
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
