using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainDrip.Core.Email;
using PainDrip.Core.Lessons;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;
using PainDrip.Infrastructure.Email.Sending;
using PainDrip.Infrastructure.Storage;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// The whole service as it runs: the real app on a real 127.0.0.1 port (Kestrel), real Table stores on Azurite,
/// real SMTP to maildev. Only the clock is a test's (<see cref="Clock"/>), and the mail sender can be made to crash once.
/// </summary>
public sealed class ServiceApp : WebApplicationFactory<Program>
{
    /// <summary>Monday 3 March 2025, 10:00 UTC (10:00 in London): daytime, so a confirmed welcome goes at once.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);

    public const string InboundSecret = "e2e-inbound-secret";

    private readonly ServiceFixture _world;
    private readonly string _tablePrefix;

    public ServiceApp(ServiceFixture world, string tablePrefix, DateTimeOffset start)
    {
        _world = world;
        _tablePrefix = tablePrefix;
        Clock = new ManualTimeProvider(start);
        Port = FreePort.Next();
        BaseUrl = $"http://127.0.0.1:{Port}";
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
    }

    public ManualTimeProvider Clock { get; }

    /// <summary>Every request the app's Table Storage client sends.</summary>
    public TableRequestCounter TableRequests { get; } = new();

    /// <summary>Makes the app's table requests fail from a chosen one on, as if the process died there.</summary>
    public TableFaults TableFaults { get; } = new();

    public int Port { get; }

    /// <summary>The app's real address; the links in its emails point here.</summary>
    public string BaseUrl { get; }

    /// <summary>A client for the real loopback port; redirects are not followed, so a test sees them.</summary>
    public HttpClient Http { get; }

    public MaildevFixture Maildev => _world.Maildev;

    public CrashingMailSender Mail => Services.GetRequiredService<CrashingMailSender>();

    public ILessonLibrary Library => Services.GetRequiredService<ILessonLibrary>();

    public IEnrollmentStore Enrollments => Services.GetRequiredService<IEnrollmentStore>();

    public IProgressLog Progress => Services.GetRequiredService<IProgressLog>();

    public IDeliveryLedger Deliveries => Services.GetRequiredService<IDeliveryLedger>();

    public ICoachQueue CoachQueue => Services.GetRequiredService<ICoachQueue>();

    public IInbox Inbox => Services.GetRequiredService<IInbox>();

    /// <summary>Starts the app on Kestrel at <see cref="BaseUrl"/> (settings from <see cref="ConfigureWebHost"/>).</summary>
    internal void Start()
    {
        UseKestrel();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The Testing environment keeps the standalone timers off: the test drives SendDueLessons itself.
        builder.UseEnvironment("Testing");
        builder.UseUrls(BaseUrl);
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(new TableStoragePolicies(TableRequests, TableFaults));
            services.AddSingleton<SmtpMailSender>();
            services.AddSingleton(provider => new CrashingMailSender(provider.GetRequiredService<SmtpMailSender>()));
            services.RemoveAll<IMailSender>().AddSingleton<IMailSender>(provider => provider.GetRequiredService<CrashingMailSender>());
        });
    }

    private Dictionary<string, string?> Settings() => new(PainDripAppFactory.Settings)
    {
        ["TableStorageOptions:ConnectionString"] = _world.Azurite.ConnectionString,
        ["TableStoreOptions:TablePrefix"] = _tablePrefix,
        ["SmtpOptions:Host"] = "127.0.0.1",
        ["SmtpOptions:Port"] = _world.Maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["EmailOptions:PublicBaseUrl"] = BaseUrl,
        ["LinkSigningOptions:Secret"] = "e2e-only-link-secret-long-enough-0123456789abcdef",
        ["InboundOptions:Secret"] = InboundSecret,
        ["OperatorOptions:Key"] = "",
    };

    public override async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await base.DisposeAsync();
    }
}
