namespace PainDrip.Core.Replies;

/// <summary>Reads what a person's email reply says.</summary>
public interface IReplyReader
{
    /// <summary>Reads the reply's own words; never throws, whatever the text.</summary>
    ReplySignal Read(string text);
}
