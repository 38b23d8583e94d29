using System.Globalization;
using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Storage;

/// <summary>Checks keys and table names before any request, so bad input never reaches the service.</summary>
internal static partial class TableKeys
{
    // 1 KiB of UTF-16, the service's limit; Azurite enforces the same 512 characters.
    public const int MaxKeyLength = 512;

    public static void Validate(string? key, string keyName)
    {
        ArgumentNullException.ThrowIfNull(key, keyName);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException(
                $"{keyName} is {key.Length:N0} characters long; Table Storage keys are at most 1 KiB ({MaxKeyLength} characters).",
                keyName);
        }
        for (var i = 0; i < key.Length; i++)
        {
            if (IsForbidden(key[i]))
            {
                throw new ArgumentException(
                    $"{keyName} contains {Describe(key[i])} at position {i}, which Table Storage does not allow in keys "
                    + "(/ \\ # ? and control characters).", keyName);
            }
        }
    }

    public static void ValidateTableName(string? name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TableNamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"Table name '{name}' is not valid: 3-63 letters and digits, starting with a letter.", nameof(name));
        }
    }

    /// <summary>Doubles single quotes, then percent-encodes, for a key inside <c>(PartitionKey='…')</c>.</summary>
    public static string ForPath(string key) => Uri.EscapeDataString(key.Replace("'", "''"));

    private static bool IsForbidden(char c) =>
        c is '/' or '\\' or '#' or '?' or <= '\u001F' or (>= '\u007F' and <= '\u009F');

    private static string Describe(char c) => char.IsControl(c)
        ? "the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
        : $"'{c}'";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
