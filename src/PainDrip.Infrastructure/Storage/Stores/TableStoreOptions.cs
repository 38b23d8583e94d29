using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>How the stores name their tables. Section <c>TableStoreOptions</c>.</summary>
public sealed partial class TableStoreOptions
{
    public const string SectionName = nameof(TableStoreOptions);

    // Table names are at most 63 characters; the longest store table name is 12.
    private const int MaxPrefixLength = 63 - 12;

    /// <summary>
    /// Put before every table name (letters and digits, starting with a letter; empty for none), so several
    /// environments or test runs can share one storage account.
    /// </summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>Why these options cannot work, or null when they can.</summary>
    public string? Problem() =>
        TablePrefix.Length == 0 || (TablePrefix.Length <= MaxPrefixLength && PrefixPattern().IsMatch(TablePrefix))
            ? null
            : $"{SectionName}:{nameof(TablePrefix)} must be letters and digits starting with a letter, at most {MaxPrefixLength} long.";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex PrefixPattern();
}
