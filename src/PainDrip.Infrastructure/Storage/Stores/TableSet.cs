using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// The stores' tables under the configured prefix. Each table is created if missing the first time
/// it is used (once per process); a failed creation is retried on the next use, so storage that was
/// briefly unreachable at start-up heals without a restart.
/// </summary>
public sealed class TableSet
{
    private readonly TableServiceClient _service;
    private readonly ConcurrentDictionary<string, Task<TableClient>> _ready = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _failures = new(StringComparer.Ordinal);

    public TableSet(TableServiceClient service, TableStoreOptions? options = null)
    {
        var prefix = (options ?? new TableStoreOptions()).TablePrefix;
        if (new TableStoreOptions { TablePrefix = prefix }.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        _service = service;
        Prefix = prefix;
    }

    public string Prefix { get; }

    /// <summary>Why the last table creation failed, or null once every attempted table exists.</summary>
    public string? Problem => _failures.Values.FirstOrDefault();

    /// <summary>The full name of one of the <see cref="StoreTables"/>.</summary>
    public string NameOf(string table) => Prefix + table;

    /// <summary>The table, created first if this process has not yet made sure it exists.</summary>
    public Task<TableClient> GetAsync(string table, CancellationToken cancellationToken)
    {
        // A creation that failed before is dropped, so this use tries again.
        if (_ready.TryGetValue(table, out var failed) && (failed.IsFaulted || failed.IsCanceled))
        {
            _ready.TryRemove(new KeyValuePair<string, Task<TableClient>>(table, failed));
        }
        var ready = _ready.GetOrAdd(table, EnsureAsync);
        if (ready.IsCompletedSuccessfully)
        {
            return ready;
        }
        return ready.WaitAsync(cancellationToken);
    }

    /// <summary>Makes sure every store table exists; throws the first failure after trying them all.</summary>
    public async Task EnsureAllAsync(CancellationToken cancellationToken)
    {
        Exception? first = null;
        foreach (var table in StoreTables.All)
        {
            try
            {
                await GetAsync(table, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                first ??= error;
            }
        }
        if (first is not null)
        {
            throw first;
        }
    }

    // Shared by every caller, so it runs without any one caller's cancellation token.
    private async Task<TableClient> EnsureAsync(string table)
    {
        var client = _service.GetTableClient(NameOf(table));
        try
        {
            await client.CreateIfNotExistsAsync(CancellationToken.None);
            _failures.TryRemove(table, out _);
            return client;
        }
        catch (Exception error)
        {
            _failures[table] = $"Could not create table '{client.Name}': {error.Message}";
            throw;
        }
    }
}
