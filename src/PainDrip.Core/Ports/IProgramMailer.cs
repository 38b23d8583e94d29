using PainDrip.Core.Coaching;

namespace PainDrip.Core.Ports;

/// <summary>Sends one planned program email to a person, exactly once.</summary>
public interface IProgramMailer
{
    /// <summary>
    /// Records the delivery under <paramref name="deliveryKey"/> before sending, saves the enrollment with the
    /// email marked sent (ETag-checked), sends it, marks the delivery sent and logs it to the person's progress.
    /// </summary>
    /// <returns>The saved record; unchanged when the delivery key was already recorded (nothing is sent twice).</returns>
    /// <exception cref="StoreConflictException">Another worker changed the enrollment first; nothing was sent.</exception>
    Task<EnrollmentRecord> SendAsync(EnrollmentRecord record, PlannedEmail email, string deliveryKey, CancellationToken cancellationToken);
}
