using NodaTime;
using PainDrip.Core.Coaching;

namespace PainDrip.Core.Ports;

/// <summary>What happened in a person's program.</summary>
public enum ProgressKind
{
    /// <summary>Signed up (pending confirmation).</summary>
    Enrolled,
    /// <summary>Confirmed the address; the program started.</summary>
    Confirmed,
    /// <summary>An email was sent.</summary>
    EmailSent,
    /// <summary>A reply was read.</summary>
    ReplyRead,
    /// <summary>The phase changed (gate: move on, hold, step back).</summary>
    PhaseChanged,
    /// <summary>A red flag put the program on safety hold.</summary>
    RedFlag,
    /// <summary>The program was paused.</summary>
    Paused,
    /// <summary>The program resumed.</summary>
    Resumed,
    /// <summary>The person stopped or unsubscribed.</summary>
    Stopped,
    /// <summary>The person graduated.</summary>
    Completed,
    /// <summary>The person changed their send hour or time zone (detail: what changed).</summary>
    PreferencesChanged,
    /// <summary>A coach acted in the console: answered, resolved an item, paused or stopped (detail: action, who, note).</summary>
    CoachAction,
}

/// <summary>One line of a person's timeline. <see cref="Detail"/> holds codes and ids, never reply text.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Phase">The phase at that moment.</param>
/// <param name="PainScore">A pain score read from a reply, if any.</param>
/// <param name="Detail">Short machine-readable detail: a lesson id, a gate decision, red-flag codes.</param>
public sealed record ProgressEntry(Instant At, ProgressKind Kind, Phase Phase, int? PainScore = null, string? Detail = null);

/// <summary>The person's timeline: the source for export, the coach view and outcome charts.</summary>
public interface IProgressLog
{
    /// <summary>Appends an entry.</summary>
    Task AppendAsync(string enrollmentId, ProgressEntry entry, CancellationToken cancellationToken);

    /// <summary>The whole timeline, oldest first.</summary>
    Task<IReadOnlyList<ProgressEntry>> ListAsync(string enrollmentId, CancellationToken cancellationToken);
}
