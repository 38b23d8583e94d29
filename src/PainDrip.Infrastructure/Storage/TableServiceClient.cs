using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PainDrip.Infrastructure.Storage;

/// <summary>The account's table service: hands out <see cref="TableClient"/>s and manages tables.</summary>
public sealed class TableServiceClient
{
    private readonly TableRequestSender _sender;

    /// <summary>Shared Key Lite signing from a connection string (Azurite or an account key).</summary>
    public TableServiceClient(string connectionString, TableClientOptions? options = null)
        : this(StorageConnectionString.Parse(connectionString), options ?? new TableClientOptions())
    {
    }

    /// <summary>Entra ID bearer tokens (managed identity in Azure) for an https endpoint.</summary>
    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
        : this(TableStoragePipeline.ForToken(credential, options ?? new TableClientOptions()), endpoint)
    {
    }

    private TableServiceClient(StorageConnectionString connection, TableClientOptions options)
        : this(TableStoragePipeline.ForSharedKey(connection, options), connection.TableEndpoint)
    {
    }

    private TableServiceClient(HttpPipeline pipeline, Uri endpoint)
    {
        _sender = new TableRequestSender(pipeline, endpoint);
    }

    public Uri Endpoint => _sender.Endpoint;

    public TableClient GetTableClient(string tableName) => new(_sender, tableName);

    /// <summary>Creates the table unless it exists; true when this call created it.</summary>
    public Task<bool> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Deletes the table and all its rows; a missing table is not an error.</summary>
    public Task DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);

    /// <summary>Table names, following continuation; <paramref name="maxPerPage"/> is sent as <c>$top</c>.</summary>
    public async IAsyncEnumerable<string> QueryTablesAsync(
        string? filter = null,
        int? maxPerPage = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? next = null;
        do
        {
            var query = TableQueryText.Build(filter, null, maxPerPage, ("NextTableName", next));
            using var response = await _sender.SendAsync(
                RequestMethod.Get, "/Tables" + query, "list tables", cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(response.Content.ToMemory());
            foreach (var table in json.RootElement.GetProperty("value").EnumerateArray())
            {
                yield return table.GetProperty("TableName").GetString()!;
            }
            next = TableRequestSender.Header(response, "x-ms-continuation-NextTableName");
        }
        while (next is not null);
    }
}
