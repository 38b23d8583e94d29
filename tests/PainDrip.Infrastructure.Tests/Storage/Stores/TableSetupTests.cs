using Azure.Data.Tables;
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
