using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableSetupTests(AzuriteFixture azurite)
{
    private readonly string _prefix = "u" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task StartAsync_StorageReachable_CreatesEveryTable()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var setup = new TableSetup(new TableSet(service, new TableStoreOptions { TablePrefix = _prefix }), new ListLogger<TableSetup>());

        await setup.StartAsync(CancellationToken.None);
        await setup.Completion;
        await setup.StopAsync(CancellationToken.None);

        var names = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            names.Add(table.Name);
        }
        Assert.Equal(StoreTables.All.Select(t => _prefix + t).Order(), names.Where(n => n.StartsWith(_prefix, StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task StartAsync_StorageUnreachable_LogsAnErrorWithoutThrowing()
    {
        var tables = new TableSet(
            TableSetTests.FlakyService(azurite, new FlakyHandler(failures: 100)), new TableStoreOptions { TablePrefix = _prefix });
        var logger = new ListLogger<TableSetup>();
        var setup = new TableSetup(tables, logger);

        await setup.StartAsync(CancellationToken.None);
        await setup.Completion;
        await setup.StopAsync(CancellationToken.None);

        var error = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("retried on first use", error.Message);
        Assert.NotNull(tables.Problem);
    }

    [Fact]
    public async Task StartAsync_WithHostLifetime_CreatesTablesOnlyAfterTheHostHasStarted()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var resolved = 0;
        var tables = new TableSet(service, new TableStoreOptions { TablePrefix = _prefix });
        var host = new HostLifetime();
        var setup = new TableSetup(() => { Interlocked.Increment(ref resolved); return tables; }, new ListLogger<TableSetup>(), host);

        await setup.StartAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var beforeStarted = (Volatile.Read(ref resolved), setup.Completion.IsCompleted);
        await host.StartedAsync();
        await setup.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        await setup.StopAsync(CancellationToken.None);

        Assert.Equal((0, false), beforeStarted);
        Assert.Equal(1, resolved);
        Assert.Null(tables.Problem);
        var names = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            names.Add(table.Name);
        }
        Assert.Equal(StoreTables.All.Select(t => _prefix + t).Order(), names.Where(n => n.StartsWith(_prefix, StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task StopAsync_HostNeverStarted_EndsWithoutTouchingStorage()
    {
        var resolved = 0;
        var tables = new TableSet(new TableServiceClient(azurite.ConnectionString), new TableStoreOptions { TablePrefix = _prefix });
        var setup = new TableSetup(() => { Interlocked.Increment(ref resolved); return tables; }, new ListLogger<TableSetup>(), new HostLifetime());

        await setup.StartAsync(CancellationToken.None);
        await setup.StopAsync(CancellationToken.None);

        Assert.True(setup.Completion.IsCompletedSuccessfully);
        Assert.Equal(0, resolved);
    }

    /// <summary>A host that starts when the test says so.</summary>
    private sealed class HostLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();

        public CancellationToken ApplicationStarted => _started.Token;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public Task StartedAsync() => _started.CancelAsync();

        public void StopApplication()
        {
        }
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
