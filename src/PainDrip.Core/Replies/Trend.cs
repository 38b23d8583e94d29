namespace PainDrip.Core.Replies;

/// <summary>How the person says the pain is moving.</summary>
public enum Trend
{
    /// <summary>Nothing said about direction.</summary>
    Unknown,
    /// <summary>Getting better.</summary>
    Better,
    /// <summary>About the same.</summary>
    Same,
    /// <summary>Getting worse.</summary>
    Worse,
}
