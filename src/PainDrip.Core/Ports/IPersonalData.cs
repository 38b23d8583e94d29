namespace PainDrip.Core.Ports;

/// <summary>
/// One store's share of a person's data, for export (GDPR Art. 15/20) and erasure (Art. 17).
/// Every store that keeps anything about a person implements it.
/// </summary>
public interface IPersonalData
{
    /// <summary>The name the export groups these rows under, such as <c>Enrollments</c>.</summary>
    string Name { get; }

    /// <summary>Every row this store keeps about the enrollment, as plain name/value maps.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(string enrollmentId, CancellationToken cancellationToken);

    /// <summary>Deletes every row this store keeps about the enrollment; returns how many went.</summary>
    Task<int> EraseAsync(string enrollmentId, CancellationToken cancellationToken);
}
