using Azure;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Enrollments (<c>Enrollments</c>: PK enrollment id, RK "enrollment") and the address index
/// (<c>EmailIndex</c>: PK keyed hash of the normalized address, RK "email"). Every save is ETag-checked.
/// </summary>
/// <remarks>The state is JSON in the <c>State</c> column (split over <c>State1</c>… past 30,000 characters).
/// <see cref="SaveAsync"/> does not move the index: changing a person's address is not supported.</remarks>
public sealed class TableEnrollmentStore(TableSet tables, LinkTokens tokens) : IEnrollmentStore, IPersonalData
{
    private static readonly Duration OrphanAge = Duration.FromMinutes(5);

    public string Name => StoreTables.Enrollments;

    public async Task<EnrollmentRecord?> FindAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        var row = await table.FindAsync(enrollmentId, EnrollmentRows.RowKey, cancellationToken);
        return row is null ? null : EnrollmentRows.FromRow(row);
    }

    public async Task<EnrollmentRecord?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(StoreTables.EmailIndex, cancellationToken);
        var entry = await index.FindAsync(StoreKeys.AddressKey(tokens, email), EnrollmentRows.IndexRowKey, cancellationToken);
        return entry?.GetString(EnrollmentRows.EnrollmentId) is { } id ? await FindAsync(id, cancellationToken) : null;
    }

    public async Task<EnrollmentRecord> AddAsync(
        Enrollment enrollment, Contact contact, Instant consentedAt, CancellationToken cancellationToken)
    {
        var addressKey = StoreKeys.AddressKey(tokens, contact.Email);
        var row = EnrollmentRows.ToRow(enrollment, contact, consentedAt, addressKey);
        var index = await tables.GetAsync(StoreTables.EmailIndex, cancellationToken);
        var enrollments = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        // The index row goes first: it is what makes one address one enrollment, even under racing sign-ups.
        var indexRow = EnrollmentRows.ToIndexRow(addressKey, enrollment.Id);
        indexRow.ETag = await ClaimAddressAsync(index, indexRow, consentedAt, cancellationToken);
        try
        {
            using var added = await enrollments.InsertAsync(row, cancellationToken).OrConflictAsync($"Enrollment {enrollment.Id}");
            return new EnrollmentRecord(enrollment, contact, consentedAt, added.Headers.ETag?.ToString() ?? "");
        }
        catch
        {
            // Nothing half-written: without its enrollment the index row would block the address for good.
            using var _ = await index.RemoveAsync(addressKey, EnrollmentRows.IndexRowKey, indexRow.ETag, CancellationToken.None);
            throw;
        }
    }

    public async Task<EnrollmentRecord> SaveAsync(EnrollmentRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        var row = EnrollmentRows.ToRow(record, StoreKeys.AddressKey(tokens, record.Contact.Email));
        using var saved = await table.UpdateAsync(row, new ETag(record.ETag), TableUpdateMode.Replace, cancellationToken)
            .OrConflictAsync($"Enrollment {record.Id}");
        return record with { ETag = saved.Headers.ETag?.ToString() ?? "" };
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        string enrollmentId, CancellationToken cancellationToken) =>
        await FindAsync(enrollmentId, cancellationToken) is { } record
            ? [EnrollmentRows.ToExport(record)]
            : [];

    public async Task<int> EraseAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        var row = await table.FindAsync(enrollmentId, EnrollmentRows.RowKey, cancellationToken);
        if (row is null)
        {
            return 0;
        }
        var index = await tables.GetAsync(StoreTables.EmailIndex, cancellationToken);
        var addressKey = row.GetString("AddressKey") ?? StoreKeys.AddressKey(tokens, StoreValues.Required(row, "Email"));
        var indexRow = await index.FindAsync(addressKey, EnrollmentRows.IndexRowKey, cancellationToken);
        var erased = 0;
        if (indexRow?.GetString(EnrollmentRows.EnrollmentId) == enrollmentId)
        {
            using var indexDeleted = await index.RemoveAsync(addressKey, EnrollmentRows.IndexRowKey, indexRow.ETag, cancellationToken);
            erased += indexDeleted.Status == 404 ? 0 : 1;
        }
        using var rowDeleted = await table.RemoveAsync(enrollmentId, EnrollmentRows.RowKey, default, cancellationToken);
        return erased + (rowDeleted.Status == 404 ? 0 : 1);
    }

    /// <summary>Inserts the index row; takes over one left behind by a sign-up that crashed half-way.</summary>
    private async Task<ETag> ClaimAddressAsync(TableClient index, TableEntity indexRow, Instant now, CancellationToken cancellationToken)
    {
        const string taken = "The address is enrolled already.";
        ETag orphanTag;
        try
        {
            using var added = await index.InsertAsync(indexRow, cancellationToken);
            return added.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            var existing = await index.FindAsync(indexRow.PartitionKey, indexRow.RowKey, cancellationToken);
            // A young orphan may be a sign-up still in flight, so only a stale one is taken over.
            var isStaleOrphan = existing?.GetString(EnrollmentRows.EnrollmentId) is { } owner
                && existing.Timestamp is { } written && Instant.FromDateTimeOffset(written) < now - OrphanAge
                && await FindAsync(owner, cancellationToken) is null;
            if (!isStaleOrphan)
            {
                throw new StoreConflictException(StoreConflict.AlreadyExists, taken, error);
            }
            orphanTag = existing!.ETag;
        }
        try
        {
            using var replaced = await index.UpdateAsync(indexRow, orphanTag, TableUpdateMode.Replace, cancellationToken);
            return replaced.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException error) when (error.Status is 404 or 412)
        {
            throw new StoreConflictException(StoreConflict.AlreadyExists, taken, error);
        }
    }
}
