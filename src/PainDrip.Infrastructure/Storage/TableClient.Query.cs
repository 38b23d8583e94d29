using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace PainDrip.Infrastructure.Storage;

public sealed partial class TableClient
{
    /// <summary>
    /// Rows matching <paramref name="filter"/> (see <see cref="TableFilter"/>), page after page:
    /// the service returns at most 1,000 per page (<paramref name="maxPerPage"/> is <c>$top</c>)
    /// and the pageable follows its continuation headers until the last page.
    /// </summary>
    public AsyncPageable<TableEntity> QueryAsync(
        string? filter = null,
        int? maxPerPage = null,
        IEnumerable<string>? select = null,
        CancellationToken cancellationToken = default) =>
        new EntityPages(this, filter, maxPerPage, select?.ToArray(), cancellationToken);

    private async Task<Page<TableEntity>> QueryPageAsync(
        string? filter, int? top, string[]? select, string? continuation, CancellationToken cancellationToken)
    {
        var (nextPartition, nextRow) = SplitToken(continuation);
        var query = TableQueryText.Build(filter, select, top, ("NextPartitionKey", nextPartition), ("NextRowKey", nextRow));
        var response = await _sender.SendAsync(
            RequestMethod.Get, $"/{Name}(){query}", $"query '{Name}'", cancellationToken).ConfigureAwait(false);
        var entities = new List<TableEntity>();
        using (var json = JsonDocument.Parse(response.Content.ToMemory()))
        {
            foreach (var item in json.RootElement.GetProperty("value").EnumerateArray())
            {
                entities.Add(TableEntityJson.Deserialize(item));
            }
        }
        var token = JoinToken(
            TableRequestSender.Header(response, "x-ms-continuation-NextPartitionKey"),
            TableRequestSender.Header(response, "x-ms-continuation-NextRowKey"));
        return Page<TableEntity>.FromValues(entities, token, response);
    }

    // Service continuation tokens never contain spaces, so one joins the two halves.
    private static string? JoinToken(string? partition, string? row) =>
        partition is null && row is null ? null : $"{partition} {row}";

    private static (string? Partition, string? Row) SplitToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (null, null);
        }
        var space = token.IndexOf(' ');
        return space < 0 ? (token, null) : (NullIfEmpty(token[..space]), NullIfEmpty(token[(space + 1)..]));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed class EntityPages(
        TableClient table, string? filter, int? maxPerPage, string[]? select, CancellationToken cancellationToken)
        : AsyncPageable<TableEntity>(cancellationToken)
    {
        public override async IAsyncEnumerable<Page<TableEntity>> AsPages(
            string? continuationToken = null, int? pageSizeHint = null)
        {
            var token = continuationToken;
            do
            {
                var page = await table.QueryPageAsync(
                    filter, pageSizeHint ?? maxPerPage, select, token, CancellationToken).ConfigureAwait(false);
                yield return page;
                token = page.ContinuationToken;
            }
            while (token is not null);
        }
    }
}
