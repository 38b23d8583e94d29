namespace PainDrip.Core.Ports;

/// <summary>Every enrollment, for the coach's cohort view (outcomes). Not for per-person work: use <see cref="IEnrollmentStore"/>.</summary>
public interface IEnrollmentDirectory
{
    /// <summary>Up to <paramref name="max"/> enrollments, in no promised order.</summary>
    /// <remarks>Reads the whole enrollments table: meant for a small coaching business's cohort, not for a hot path.</remarks>
    Task<IReadOnlyList<EnrollmentRecord>> ListAsync(int max, CancellationToken cancellationToken);
}
