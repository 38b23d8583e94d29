using Azure.Data.Tables;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Addresses never to email again (<c>Suppressions</c>: PK the keyed hash of the normalized address,
/// RK "suppressed"). Only the hash is kept, so erasing a person keeps this row and nothing that names them.
/// </summary>
public sealed class TableSuppressionList(TableSet tables, LinkTokens tokens, TimeProvider time) : ISuppressionList
{
    private const string RowKey = "suppressed";

    public async Task AddAsync(string emailAddress, SuppressionReason reason, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(StoreTables.Suppressions, cancellationToken);
        var row = new TableEntity(StoreKeys.AddressKey(tokens, emailAddress), RowKey)
        {
            ["Reason"] = reason.ToString(),
            ["At"] = time.GetUtcNow(),
        };
        using var _ = await table.PutAsync(row, cancellationToken);
    }

    public async Task<bool> IsSuppressedAsync(string emailAddress, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(StoreTables.Suppressions, cancellationToken);
        return await table.FindAsync(StoreKeys.AddressKey(tokens, emailAddress), RowKey, cancellationToken)
            is not null;
    }
}
