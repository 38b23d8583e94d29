using Azure;
using Azure.Data.Tables;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Provider events already handled (<c>MailEvents</c>: PK the event id escaped for a key, RK "event").
/// Recording is an insert, which the service makes atomic: of two racing calls exactly one succeeds.
/// </summary>
public sealed class TableMailEventLedger(TableSet tables, TimeProvider time) : Core.Email.IMailEventLedger
{
    private const string RowKey = "event";

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
