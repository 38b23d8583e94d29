using NodaTime;

namespace PainDrip.Core.Ports;

/// <summary>An enrollment with an email due.</summary>
/// <param name="EnrollmentId">Whose email is due.</param>
/// <param name="Due">When it is due.</param>
public sealed record DueEntry(string EnrollmentId, Instant Due);

/// <summary>The next-send index the timer reads, so one run costs in proportion to the people due, not to everyone.</summary>
/// <remarks>An enrollment has at most one entry: scheduling again replaces the earlier one.</remarks>
public interface IDueIndex
{
    /// <summary>Sets when the enrollment's next email is due, replacing any earlier entry.</summary>
    Task ScheduleAsync(string enrollmentId, Instant due, CancellationToken cancellationToken);

    /// <summary>Removes the enrollment's entry, if any (paused, stopped, completed, erased).</summary>
    Task CancelAsync(string enrollmentId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the entry the caller read (or knows) with one at <paramref name="due"/>, without first reading where
    /// the current entry is: one request. An entry the caller did not know about is left and heals when it comes due.
    /// </summary>
    Task ReplaceAsync(DueEntry replacing, Instant due, CancellationToken cancellationToken) =>
        ScheduleAsync(replacing.EnrollmentId, due, cancellationToken);

    /// <summary>Removes the entry the caller read: one request.</summary>
    Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken) => CancelAsync(entry.EnrollmentId, cancellationToken);

    /// <summary>Up to <paramref name="max"/> entries due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<DueEntry>> ReadDueAsync(Instant now, int max, CancellationToken cancellationToken);
}
