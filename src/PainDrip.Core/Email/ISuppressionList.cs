namespace PainDrip.Core.Email;

/// <summary>The addresses PainDrip must never email again.</summary>
public interface ISuppressionList
{
    /// <summary>Adds an address to the list.</summary>
    /// <remarks>
    /// Idempotent: adding an address that is already suppressed succeeds and keeps the list as it is
    /// (an implementation may record the newer reason). Implementations decide whether to store the
    /// address itself or only a hash of its normalized form.
    /// </remarks>
    /// <param name="emailAddress">The address as the provider reported it.</param>
    /// <param name="reason">Why it is suppressed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task AddAsync(string emailAddress, SuppressionReason reason, CancellationToken cancellationToken = default);

    /// <summary>Whether the address is suppressed (compared after trimming and lower-casing).</summary>
    Task<bool> IsSuppressedAsync(string emailAddress, CancellationToken cancellationToken = default);
}
