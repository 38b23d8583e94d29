using System.Collections.Concurrent;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainDrip.Functions.Tests.EndToEnd;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Hostile;

/// <summary>
/// The standalone app on a real loopback port with real Table stores on Azurite and real SMTP to maildev, every log
/// entry captured, and a snapshot of every row in its tables, so a test can tell exactly what a request wrote.
/// </summary>
public sealed class HostileApp : WebApplicationFactory<Program>
{
    public const string InboundSecret = "hostile-inbound-secret";
    public const string OperatorKey = "hostile-operator-key";

    private readonly ServiceFixture _world;
    private readonly string _prefix;
    private readonly IReadOnlyDictionary<string, string?> _extra;

    public HostileApp(ServiceFixture world, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _world = world;
        _prefix = $"h{Guid.NewGuid():N}"[..14];
        _extra = settings ?? new Dictionary<string, string?>();
        BaseUrl = $"http://127.0.0.1:{PainDrip.TestSupport.FreePort.Next()}";
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    /// <summary>Every log entry the app wrote.</summary>
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Logs { get; } = new();

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the app on Kestrel at <see cref="BaseUrl"/>.</summary>
    public HostileApp Start()
    {
        UseKestrel();
        StartServer();
        return this;
    }

    /// <summary>Every row in the app's tables, as table, keys and ETag: equal snapshots mean nothing was written.</summary>
    public async Task<HashSet<string>> RowsAsync()
    {
        var service = new TableServiceClient(_world.Azurite.ConnectionString);
        var rows = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync(filter: $"TableName ge '{_prefix}' and TableName lt '{_prefix}~'"))
        {
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                rows.Add($"{table.Name}|{row.PartitionKey}|{row.RowKey}|{row.ETag}");
            }
        }
        return rows;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Testing keeps the standalone timers off, so every row written comes from a request of the test.
        builder.UseEnvironment("Testing");
        builder.UseUrls(BaseUrl);
        var settings = new Dictionary<string, string?>(PainDripAppFactory.Settings)
        {
            ["TableStorageOptions:ConnectionString"] = _world.Azurite.ConnectionString,
            ["TableStoreOptions:TablePrefix"] = _prefix,
            ["SmtpOptions:Host"] = "127.0.0.1",
            ["SmtpOptions:Port"] = _world.Maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["EmailOptions:PublicBaseUrl"] = BaseUrl,
            ["LinkSigningOptions:Secret"] = "hostile-only-link-secret-long-enough-0123456789abcdef",
            ["InboundOptions:Secret"] = InboundSecret,
            ["OperatorOptions:Key"] = OperatorKey,
            ["EnrollmentOptions:PermitLimit"] = "100000",
            ["EnrollmentOptions:PerAddressLimit"] = "100000",
        };
        foreach (var (key, value) in _extra)
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new CapturingLoggerProvider(Logs)));
    }

    public override async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await base.DisposeAsync();
    }

    private sealed class CapturingLoggerProvider(
        ConcurrentQueue<(string, LogLevel, string, Exception?)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, logs);

        public void Dispose() { }

        private sealed class Capturing(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue((category, logLevel, formatter(state, exception), exception));
        }
    }
}
