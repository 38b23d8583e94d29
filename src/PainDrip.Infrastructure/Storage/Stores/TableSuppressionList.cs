using Azure.Data.Tables;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Addresses never to email again (<c>Suppressions</c>: PK the keyed hash of the normalized address,
/// RK "suppressed"). Only the hash is kept, so erasing a person keeps this row and nothing that names them.
/// Adding also marks the enrolled person's own row <c>Suppressed</c>, so the send path knows it from the row it reads
/// anyway instead of looking the address up for every email.
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
        using (await table.PutAsync(row, cancellationToken))
        {
        }
        await MarkEnrolledAsync(row.PartitionKey, cancellationToken);
    }

    // A merge of one property: a send that read the row before fails its ETag claim and reads the mark next time.
    private async Task MarkEnrolledAsync(string addressKey, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(StoreTables.EmailIndex, cancellationToken);
        if ((await index.FindAsync(addressKey, EnrollmentRows.IndexRowKey, cancellationToken))?.GetString(EnrollmentRows.EnrollmentId) is not { } id)
        {
            return;
        }
        var enrollments = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        try
        {
            using var _ = await enrollments.UpdateAsync(
                new TableEntity(id, EnrollmentRows.RowKey) { [EnrollmentRows.Suppressed] = true }, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (Azure.RequestFailedException error) when (error.Status == 404)
        {
            // The index outlived its enrollment (a sign-up that failed half-way): nothing to mark.
        }
    }

    public async Task<bool> IsSuppressedAsync(string emailAddress, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(StoreTables.Suppressions, cancellationToken);
        return await table.FindAsync(StoreKeys.AddressKey(tokens, emailAddress), RowKey, cancellationToken)
            is not null;
    }
}
