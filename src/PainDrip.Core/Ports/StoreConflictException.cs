namespace PainDrip.Core.Ports;

/// <summary>Why a store refused a write.</summary>
public enum StoreConflict
{
    /// <summary>The row changed since it was read (stale ETag): another worker got there first.</summary>
    Changed,
    /// <summary>The row exists already (for example the address is enrolled).</summary>
    AlreadyExists,
    /// <summary>The row is gone.</summary>
    Missing,
}

/// <summary>A write that lost a race or found the row in another state; callers re-read and decide again.</summary>
public sealed class StoreConflictException(StoreConflict conflict, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>What kind of conflict it was.</summary>
    public StoreConflict Conflict { get; } = conflict;
}
