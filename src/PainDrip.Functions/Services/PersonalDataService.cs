using NodaTime;
using NodaTime.Text;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Services;

/// <summary>Everything stored about one person, grouped by the store that keeps it (GDPR Art. 15/20).</summary>
public sealed record PersonalDataExport(
    string EnrollmentId, string ExportedAt, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Data);

/// <summary>What an erasure removed, per store (GDPR Art. 17). Only a hash of the address stays, on the suppression list.</summary>
public sealed record ErasureReport(string EnrollmentId, string ErasedAt, bool Suppressed, IReadOnlyDictionary<string, int> RowsErased);

/// <summary>Export and erasure of one person's data across every store that implements <see cref="IPersonalData"/>.</summary>
public sealed class PersonalDataService(
    IEnumerable<IPersonalData> stores, IEnrollmentStore enrollments, ISuppressionList suppressions,
    IDueIndex dueIndex, IInbox inbox, IClock clock, ILogger<PersonalDataService> logger)
{
    // The enrollment row holds the address; erasing it last means an erase that dies midway can be rerun by id.
    private const string EnrollmentsStore = "Enrollments";

    private const string UnroutedInbox = "InboxUnrouted";

    private readonly IReadOnlyList<IPersonalData> _stores = stores
        .OrderBy(store => string.Equals(store.Name, EnrollmentsStore, StringComparison.OrdinalIgnoreCase))
        .ToList();

    /// <summary>The enrollment id for an id or an address, or <see langword="null"/> when nothing matches.</summary>
    public async Task<string?> ResolveAsync(PersonReference person, CancellationToken cancellationToken) =>
        person.Email is { } email
            ? (await enrollments.FindByEmailAsync(email, cancellationToken))?.Id
            : person.Id;

    /// <summary>Every row every store keeps about the enrollment; <see langword="null"/> when nothing is stored.</summary>
    /// <remarks>
    /// An id not of the id shape (<see cref="PersonReference.IsId"/>) finds nothing, so a store's own partition
    /// (such as everyone's unrouted mail) can never be exported as a person. Mail that could not be tied to the enrollment
    /// is added (as <c>InboxUnrouted</c>) only from the enrollment's own address, the same rows <see cref="EraseAsync"/>
    /// deletes, and never another sender's: whether the operator named the person by id or by address, the sender is the
    /// address on the enrollment row. Once that row is gone (an erased person, exported by id), the sender cannot be known
    /// and no unrouted mail is exported; mail the person sent from another address cannot be tied to them either.
    /// </remarks>
    public async Task<PersonalDataExport?> ExportAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        if (!PersonReference.IsId(enrollmentId))
        {
            return null;
        }
        var data = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var store in _stores)
        {
            var rows = await store.ExportAsync(enrollmentId, cancellationToken);
            data[store.Name] = rows.Select(PlainRow).ToList();
        }
        if (await enrollments.FindAsync(enrollmentId, cancellationToken) is { } record)
        {
            var unrouted = await inbox.ExportUnroutedFromAsync(record.Contact.Email, cancellationToken);
            data[UnroutedInbox] = unrouted.Select(PlainRow).ToList();
        }
        if (data.Values.All(rows => rows.Count == 0))
        {
            return null;
        }
        OperatorLog.Exported(logger, enrollmentId, data.Values.Sum(rows => rows.Count));
        return new PersonalDataExport(enrollmentId, Format(clock.GetCurrentInstant()), data);
    }

    /// <summary>
    /// Suppresses the address first (hashed, so they are never mailed again even if the rest fails), cancels the next
    /// send, then erases every store. Rerunnable; <see langword="null"/> when nothing was stored under the id.
    /// </summary>
    /// <remarks>An id not of the id shape erases nothing: unrouted mail goes only per sender, with the person's address.</remarks>
    public async Task<ErasureReport?> EraseAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        if (!PersonReference.IsId(enrollmentId))
        {
            return null;
        }
        var record = await enrollments.FindAsync(enrollmentId, cancellationToken);
        var erased = new Dictionary<string, int>(StringComparer.Ordinal);
        if (record is not null)
        {
            await suppressions.AddAsync(record.Contact.Email, SuppressionReason.Erased, cancellationToken);
            // Mail from them we could not tie to the enrollment (a forward, a mangled reply address) goes too.
            erased[UnroutedInbox] = await inbox.EraseUnroutedFromAsync(record.Contact.Email, cancellationToken);
        }
        await dueIndex.CancelAsync(enrollmentId, cancellationToken);
        foreach (var store in _stores)
        {
            erased[store.Name] = await store.EraseAsync(enrollmentId, cancellationToken);
        }
        if (record is null && erased.Values.All(count => count == 0))
        {
            return null;
        }
        OperatorLog.Erased(logger, enrollmentId, erased.Values.Sum());
        return new ErasureReport(enrollmentId, Format(clock.GetCurrentInstant()), record is not null, erased);
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    // Stores may hand back NodaTime values; the export shows them as ISO text rather than as their inner fields.
    private static IReadOnlyDictionary<string, object?> PlainRow(IReadOnlyDictionary<string, object?> row) =>
        row.ToDictionary(
            pair => pair.Key,
            pair => pair.Value switch
            {
                Instant instant => Format(instant),
                LocalDate date => LocalDatePattern.Iso.Format(date),
                { } other when other.GetType().Namespace == "NodaTime" => other.ToString(),
                var plain => plain,
            },
            StringComparer.Ordinal);
}
