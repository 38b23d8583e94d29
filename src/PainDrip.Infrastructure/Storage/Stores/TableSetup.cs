using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Creates every store table at start-up, in the background. When storage is unreachable it logs an
/// error and lets the app start anyway: <see cref="TableSet"/> retries creation on first use and its
/// <see cref="TableSet.Problem"/> says what went wrong, while the health endpoint reports storage as down.
/// The table set is resolved in the background too, so incomplete storage settings are logged, not fatal.
/// </summary>
public sealed partial class TableSetup(Func<TableSet> resolveTables, ILogger<TableSetup> logger) : IHostedService
{
    public TableSetup(TableSet tables, ILogger<TableSetup> logger)
        : this(() => tables, logger)
    {
    }

    private readonly CancellationTokenSource _stopping = new();
    private Task _setup = Task.CompletedTask;

    /// <summary>Finishes when the start-up attempt has succeeded or failed (for tests and diagnostics).</summary>
    public Task Completion => _setup;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _setup = Task.Run(() => EnsureAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _setup.WaitAsync(cancellationToken);
    }

    private async Task EnsureAsync(CancellationToken stopping)
    {
        TableSet? tables = null;
        try
        {
            tables = resolveTables();
            await tables.EnsureAllAsync(stopping);
            TablesReady(logger, StoreTables.All.Count, tables.Prefix);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            TablesNotReady(logger, error, tables?.Problem ?? error.Message);
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Table storage ready: {TableCount} tables with prefix '{TablePrefix}'.")]
    private static partial void TablesReady(ILogger logger, int tableCount, string tablePrefix);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error,
        Message = "Could not create the store tables at start-up; each will be retried on first use. {Problem}")]
    private static partial void TablesNotReady(ILogger logger, Exception error, string problem);
}
