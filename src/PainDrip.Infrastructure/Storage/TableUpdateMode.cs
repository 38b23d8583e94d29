namespace PainDrip.Infrastructure.Storage;

/// <summary>How a write treats properties the stored entity has but the new one lacks.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep them (HTTP MERGE).</summary>
    Merge,

    /// <summary>Drop them: the stored entity becomes exactly the new one (HTTP PUT).</summary>
    Replace,
}
