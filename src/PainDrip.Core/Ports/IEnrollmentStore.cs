using NodaTime;
using PainDrip.Core.Coaching;

namespace PainDrip.Core.Ports;

/// <summary>Enrollments and the index that finds one by email address.</summary>
/// <remarks>Addresses are matched after trimming and lower-casing; the index holds only a keyed hash of them.</remarks>
public interface IEnrollmentStore
{
    /// <summary>The enrollment with this id, or <see langword="null"/>.</summary>
    Task<EnrollmentRecord?> FindAsync(string enrollmentId, CancellationToken cancellationToken);

    /// <summary>The enrollment for this address, or <see langword="null"/>.</summary>
    Task<EnrollmentRecord?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Adds a new enrollment and its address index entry.</summary>
    /// <exception cref="StoreConflictException"><see cref="StoreConflict.AlreadyExists"/> when the address is enrolled already.</exception>
    Task<EnrollmentRecord> AddAsync(Enrollment enrollment, Contact contact, Instant consentedAt, CancellationToken cancellationToken);

    /// <summary>Saves the record if nobody changed it since it was read (its <see cref="EnrollmentRecord.ETag"/>).</summary>
    /// <returns>The saved record with its new ETag.</returns>
    /// <exception cref="StoreConflictException"><see cref="StoreConflict.Changed"/> or <see cref="StoreConflict.Missing"/>.</exception>
    Task<EnrollmentRecord> SaveAsync(EnrollmentRecord record, CancellationToken cancellationToken);
}
