using System.Text;

namespace PainDrip.Infrastructure.Storage;

/// <summary>Builds the percent-encoded query string of a table or entity query.</summary>
internal static class TableQueryText
{
    public static string Build(
        string? filter, IEnumerable<string>? select, int? top, params (string Name, string? Value)[] continuation)
    {
        var query = new StringBuilder();
        Append(query, "$filter", string.IsNullOrWhiteSpace(filter) ? null : filter);
        Append(query, "$select", select is null ? null : string.Join(',', select));
        if (top is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, "maxPerPage");
            Append(query, "$top", Math.Min(value, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var (name, token) in continuation)
        {
            Append(query, name, token);
        }
        return query.ToString();
    }

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
