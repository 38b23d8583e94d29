using NodaTime;

namespace PainDrip.Core.Ports;

/// <summary>
/// What the mail service reported as processed or delivered, by PainDrip's correlation id: how a run tells an
/// email that went out (the sender stopped before noting it) from one that never left.
/// </summary>
public interface IProviderConfirmations
{
    /// <summary>Notes that the service processed the message with this correlation id (idempotent).</summary>
    Task RecordAsync(string correlationId, Instant at, CancellationToken cancellationToken);

    /// <summary>When the service reported the message processed, or <see langword="null"/> when it never did.</summary>
    Task<Instant?> FindAsync(string correlationId, CancellationToken cancellationToken);
}
