using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;
using PainDrip.Functions.Extensions;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Bench;

/// <summary>The app's own services (as the Functions host builds them) on a bench Azurite, with a fake mail service.</summary>
internal static class SendBenchApp
{
    /// <summary>Monday 3 March 2025, 10:00 in London: daytime, so every confirmed welcome is due at once.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Build(
        string connectionString, string prefix, TableRequestCounter counter, TimeSpan latency, int concurrency, BenchClock clock)
    {
        var settings = new Dictionary<string, string?>
        {
            ["TableStorageOptions:ConnectionString"] = connectionString,
            ["TableStoreOptions:TablePrefix"] = prefix,
            ["LessonLibraryOptions:Directory"] = Path.Combine(BenchAzurite.RepoRoot(), "content", "lessons"),
            ["EmailOptions:FromAddress"] = "coach@paindrip.test",
            ["EmailOptions:InboundDomain"] = "in.paindrip.test",
            ["EmailOptions:PostalAddress"] = "PainDrip, 1 Bench Street, Benchville",
            ["EmailOptions:PublicBaseUrl"] = "https://paindrip.test",
            ["LinkSigningOptions:Secret"] = "bench-only-secret-that-is-long-enough-0123456789",
            ["SmtpOptions:Host"] = "127.0.0.1",
            ["InboundOptions:Secret"] = "bench-inbound-secret",
            ["SchedulerOptions:TimeBudget"] = "01:00:00",
            ["SchedulerOptions:SendConcurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        services.AddSingleton(new TableStoragePolicies(counter));
        services.AddPainDrip(configuration, underFunctionsHost: false);
        services.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(clock);
        services.RemoveAll<IMailSender>().AddSingleton<IMailSender>(new FakeMailService(latency));
        return services.BuildServiceProvider();
    }

    /// <summary>The ids <see cref="SeedPeopleAsync"/> created last.</summary>
    public static List<string> SeededIds { get; } = [];

    /// <summary>Confirmed people with no due entry (for the replies bench); their ids land in <see cref="SeededIds"/>.</summary>
    public static async Task SeedPeopleAsync(IServiceProvider app, int people, Instant now)
    {
        var planner = app.GetRequiredService<ProgramPlanner>();
        var store = app.GetRequiredService<IEnrollmentStore>();
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, token) =>
        {
            var (enrollment, contact) = NewPerson(now, planner);
            await store.AddAsync(enrollment, contact, now, token);
            ids.Add(enrollment.Id);
        });
        SeededIds.Clear();
        SeededIds.AddRange(ids);
    }

    private static (Enrollment Enrollment, Contact Contact) NewPerson(Instant now, ProgramPlanner planner)
    {
        var id = Guid.NewGuid().ToString("D");
        var email = $"p{id[..8]}@example.com";
        var profile = new SymptomProfile(
            [Area.BetweenShoulderBlades, Area.Neck], Side.Right, Hand.Right, new LocalDate(2025, 2, 20), 6, Severity.Moderate, [Trigger.DeskPosture], []);
        var pending = Enrollment.FromRequest(id, new EnrollmentRequest(email, "Sam", "Europe/London", 7, true, profile));
        return (planner.Start(pending, now), new Contact(email, "Sam"));
    }

    /// <summary>
    /// Signs up and confirms <paramref name="people"/> people at <see cref="Now"/> and puts them in <paramref name="index"/>
    /// (the app's own by default) due at <paramref name="due"/>: a welcome is due from confirmation, so they are due from
    /// then on, and not before.
    /// </summary>
    public static async Task SeedAsync(IServiceProvider app, int people, Instant due, IDueIndex? index = null)
    {
        var planner = app.GetRequiredService<ProgramPlanner>();
        var store = app.GetRequiredService<IEnrollmentStore>();
        index ??= app.GetRequiredService<IDueIndex>();
        var now = Instant.FromDateTimeOffset(Now);
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, token) =>
        {
            var (enrollment, contact) = NewPerson(now, planner);
            await store.AddAsync(enrollment, contact, now, token);
            await index.ScheduleAsync(enrollment.Id, due, token);
        });
    }

    /// <summary>The bench's clock: it starts at <see cref="Now"/> and moves only when told.</summary>
    public sealed class BenchClock : TimeProvider
    {
        private DateTimeOffset _now = Now;

        public Instant Instant => Instant.FromDateTimeOffset(_now);

        public void Set(Instant at) => _now = at.ToDateTimeOffset();

        public override DateTimeOffset GetUtcNow() => _now;
    }

    /// <summary>A mail service that accepts every message after <paramref name="latency"/> (SendGrid answers in about 100 ms).</summary>
    private sealed class FakeMailService(TimeSpan latency) : IMailSender
    {
        public async Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, cancellationToken);
            }
            return new SendResult(Guid.NewGuid().ToString("N"));
        }
    }
}
