using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Provider events already handled (<c>MailEvents</c>: PK the event id escaped for a key, RK "event").
/// Recording is an insert, which the service makes atomic: of two racing calls exactly one succeeds.
/// </summary>
/// <remarks>Also the provider's confirmations (<see cref="IProviderConfirmations"/>): PK "sent-" and the correlation id,
/// RK "processed", written when a processed or delivered event names one of our messages.</remarks>
public sealed class TableMailEventLedger(TableSet tables, TimeProvider time) : Core.Email.IMailEventLedger, IProviderConfirmations
{
    private const string RowKey = "event";
    private const string ConfirmedKey = "processed";

    public async Task RecordAsync(string correlationId, Instant at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(correlationId);
        var table = await tables.GetAsync(StoreTables.MailEvents, cancellationToken);
        using var _ = await table.PutAsync(
            new TableEntity(ConfirmationPartition(correlationId), ConfirmedKey) { ["At"] = at.ToDateTimeOffset() }, cancellationToken);
    }

    public async Task<Instant?> FindAsync(string correlationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.MailEvents, cancellationToken);
        var row = await table.FindAsync(ConfirmationPartition(correlationId), ConfirmedKey, cancellationToken);
        return row?.GetDateTimeOffset("At") is { } at ? Instant.FromDateTimeOffset(at) : null;
    }

    private static string ConfirmationPartition(string correlationId) => "sent-" + StoreKeys.Escape(correlationId);

    public async Task<bool> TryRecordAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var table = await tables.GetAsync(StoreTables.MailEvents, cancellationToken);
        try
        {
            using var _ = await table.InsertAsync(
                new TableEntity(StoreKeys.Escape(eventId), RowKey) { ["At"] = time.GetUtcNow() }, cancellationToken);
            return true;
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            return false;
        }
    }

    public async Task ForgetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var table = await tables.GetAsync(StoreTables.MailEvents, cancellationToken);
        using var _ = await table.RemoveAsync(StoreKeys.Escape(eventId), RowKey, default, cancellationToken);
    }
}
