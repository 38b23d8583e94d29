using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// One table's rows. Keys are checked before any request; refusals throw
/// <see cref="TableRequestException"/> with the service's status and error code.
/// </summary>
public sealed partial class TableClient
{
    private static readonly RequestMethod Merge = new("MERGE");
    private readonly TableRequestSender _sender;

    public TableClient(string connectionString, string tableName, TableClientOptions? options = null)
        : this(new TableServiceClient(connectionString, options), tableName)
    {
    }

    public TableClient(Uri endpoint, string tableName, TokenCredential credential, TableClientOptions? options = null)
        : this(new TableServiceClient(endpoint, credential, options), tableName)
    {
    }

    internal TableClient(TableRequestSender sender, string tableName)
    {
        TableKeys.ValidateTableName(tableName);
        _sender = sender;
        Name = tableName;
    }

    private TableClient(TableServiceClient service, string tableName)
        : this(service.GetTableClient(tableName)._sender, tableName)
    {
    }

    public string Name { get; }

    /// <summary>Creates the table unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name });
        using var response = await _sender.SendAsync(
            RequestMethod.Post, "/Tables", $"create table '{Name}'", cancellationToken, body, tolerated: 409).ConfigureAwait(false);
        if (response.Status != 409)
        {
            return true;
        }
        var conflict = TableRequestException.FromResponse(response, $"create table '{Name}'");
        return conflict.ErrorCode == TableErrorCode.TableAlreadyExists ? false : throw conflict;
    }

    /// <summary>Deletes the table and all its rows; a missing table is not an error.</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var _ = await _sender.SendAsync(
            RequestMethod.Delete, $"/Tables('{Name}')", $"delete table '{Name}'", cancellationToken, tolerated: 404)
            .ConfigureAwait(false);
    }

    /// <summary>Inserts a new row; 409 <c>EntityAlreadyExists</c> when the keys are taken.</summary>
    public Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        var body = Prepare(entity);
        return _sender.SendAsync(RequestMethod.Post, "/" + Name, $"insert into '{Name}'", cancellationToken, body);
    }

    /// <summary>Inserts the row, or replaces or merges it when it exists, whatever its ETag.</summary>
    public Task<Response> UpsertEntityAsync(
        TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        var body = Prepare(entity);
        return _sender.SendAsync(
            MethodFor(mode), EntityPath(entity.PartitionKey, entity.RowKey), $"upsert into '{Name}'", cancellationToken, body);
    }

    /// <summary>
    /// Replaces or merges an existing row only while its ETag still matches <paramref name="ifMatch"/>
    /// (<see cref="ETag.All"/> for any): 412 <c>UpdateConditionNotSatisfied</c> when it changed,
    /// 404 <c>ResourceNotFound</c> when it is gone. The new ETag is in <c>response.Headers.ETag</c>.
    /// </summary>
    public Task<Response> UpdateEntityAsync(
        TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        var body = Prepare(entity);
        return _sender.SendAsync(
            MethodFor(mode), EntityPath(entity.PartitionKey, entity.RowKey), $"update in '{Name}'", cancellationToken, body, ifMatch);
    }

    /// <summary>
    /// Deletes the row (unconditionally unless an ETag is given). A row that is already gone
    /// answers 404 without throwing, as in the official SDK.
    /// </summary>
    public Task<Response> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
        _sender.SendAsync(
            RequestMethod.Delete, EntityPath(partitionKey, rowKey), $"delete from '{Name}'", cancellationToken,
            ifMatch: ifMatch, tolerated: 404);

    /// <summary>Reads one row; 404 <c>ResourceNotFound</c> when it does not exist.</summary>
    public async Task<Response<TableEntity>> GetEntityAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var response = await _sender.SendAsync(
            RequestMethod.Get, EntityPath(partitionKey, rowKey) + TableQueryText.Build(null, select, null),
            $"read from '{Name}'", cancellationToken).ConfigureAwait(false);
        return Response.FromValue(ReadEntity(response), response);
    }

    /// <summary>Reads one row, or answers without a value when it does not exist.</summary>
    public async Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var response = await _sender.SendAsync(
            RequestMethod.Get, EntityPath(partitionKey, rowKey) + TableQueryText.Build(null, select, null),
            $"read from '{Name}'", cancellationToken, tolerated: 404).ConfigureAwait(false);
        return response.Status == 404 ? new MissingEntity(response) : Response.FromValue(ReadEntity(response), response);
    }

    /// <summary>The row, or null when it does not exist.</summary>
    public async Task<TableEntity?> TryGetEntityAsync(
        string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        var found = await GetEntityIfExistsAsync(partitionKey, rowKey, null, cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private byte[] Prepare(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableKeys.Validate(entity.PartitionKey, nameof(entity.PartitionKey));
        TableKeys.Validate(entity.RowKey, nameof(entity.RowKey));
        TableEntitySize.EnsureFits(entity, Name);
        return TableEntityJson.Serialize(entity);
    }

    private string EntityPath(string partitionKey, string rowKey)
    {
        TableKeys.Validate(partitionKey, "PartitionKey");
        TableKeys.Validate(rowKey, "RowKey");
        return new StringBuilder("/").Append(Name)
            .Append("(PartitionKey='").Append(TableKeys.ForPath(partitionKey))
            .Append("',RowKey='").Append(TableKeys.ForPath(rowKey)).Append("')")
            .ToString();
    }

    private static RequestMethod MethodFor(TableUpdateMode mode) =>
        mode == TableUpdateMode.Replace ? RequestMethod.Put : Merge;

    private static TableEntity ReadEntity(Response response)
    {
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityJson.Deserialize(json.RootElement);
        if (response.Headers.ETag is { } etag)
        {
            entity.ETag = etag;
        }
        return entity;
    }

    private sealed class MissingEntity(Response response) : NullableResponse<TableEntity>
    {
        public override bool HasValue => false;

        public override TableEntity Value => throw new InvalidOperationException("The entity does not exist.");

        public override Response GetRawResponse() => response;
    }
}
