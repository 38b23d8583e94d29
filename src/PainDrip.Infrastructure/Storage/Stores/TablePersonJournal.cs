using Azure;
using Azure.Data.Tables;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// Writes a person's rows that change together (the enrollment row, a delivery, timeline entries) as one
/// <c>SubmitTransactionAsync</c> in their partition of <c>Enrollments</c>: one request, all or nothing.
/// </summary>
public sealed class TablePersonJournal(TableSet tables, LinkTokens tokens) : IPersonJournal
{
    public async Task<EnrollmentRecord> SaveAsync(
        EnrollmentRecord record, Delivery? newDelivery, IReadOnlyList<ProgressEntry> progress, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        var row = EnrollmentRows.ToRow(record, StoreKeys.AddressKey(tokens, record.Contact.Email));
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, Checked(row), new ETag(record.ETag)) };
        if (newDelivery is not null)
        {
            actions.Add(new(TableTransactionActionType.Add, Checked(PersonRows.ToRow(newDelivery))));
        }
        actions.AddRange(progress.Select(entry => new TableTransactionAction(TableTransactionActionType.Add, Checked(PersonRows.ToRow(record.Id, entry)))));
        var etag = await SubmitAsync(table, actions, $"Enrollment {record.Id}", cancellationToken);
        return record with { ETag = etag };
    }

    public async Task<EnrollmentRecord> ConfirmAsync(
        EnrollmentRecord claimed, SendConfirmation confirmation, IReadOnlyList<ProgressEntry> progress, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        var rest = claimed.Unconfirmed.Where(mark => mark.Key != confirmation.Key).ToList();
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateMerge, Checked(PersonRows.ToSentRow(claimed.Id, confirmation)), ETag.All),
        };
        actions.AddRange(progress.Select(entry => new TableTransactionAction(TableTransactionActionType.Add, Checked(PersonRows.ToRow(claimed.Id, entry)))));
        var mark = new TableEntity(claimed.Id, EnrollmentRows.RowKey) { [EnrollmentRows.Unconfirmed] = EnrollmentRows.UnconfirmedText(rest) };
        try
        {
            var etag = await SubmitAsync(
                table, [new(TableTransactionActionType.UpdateMerge, Checked(mark), new ETag(claimed.ETag)), .. actions], $"Enrollment {claimed.Id}", cancellationToken);
            return claimed with { ETag = etag, Unconfirmed = rest };
        }
        catch (StoreConflictException conflict) when (conflict.Conflict == StoreConflict.Changed)
        {
            // Someone saved the enrollment since the claim (a reply): note the send anyway; the next run clears the mark.
            await SubmitAsync(table, actions, $"A delivery of enrollment {claimed.Id}", cancellationToken);
            return claimed;
        }
    }

    public async Task<Delivery?> FindDeliveryAsync(string enrollmentId, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StoreTables.Enrollments, cancellationToken);
        return await table.FindAsync(enrollmentId, PersonRows.DeliveryKey(key), cancellationToken) is { } row
            ? PersonRows.ToDelivery(row)
            : null;
    }

    // The first action's ETag is the enrollment row's new version.
    private static async Task<string> SubmitAsync(
        TableClient table, IReadOnlyList<TableTransactionAction> actions, string what, CancellationToken cancellationToken)
    {
        try
        {
            var responses = await table.SubmitTransactionAsync(actions, cancellationToken);
            return responses.Value.Count > 0 && responses.Value[0].Headers.ETag is { } etag ? etag.ToString() : "";
        }
        catch (TableTransactionFailedException failed) when (failed.Status is 404 or 409 or 412)
        {
            var (conflict, state) = failed.Status switch
            {
                404 => (StoreConflict.Missing, "does not exist"),
                409 => (StoreConflict.AlreadyExists, "has a row recorded already"),
                _ => (StoreConflict.Changed, "changed since it was read"),
            };
            throw new StoreConflictException(conflict, $"{what} {state}.", failed);
        }
    }

    private static TableEntity Checked(TableEntity row) => TableKeys.Checked(row);
}
