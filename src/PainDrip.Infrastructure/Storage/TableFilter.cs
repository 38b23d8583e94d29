using System.Globalization;
using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// Builds OData <c>$filter</c> text with every value quoted the way the service expects,
/// so no value can change the shape of a query.
/// </summary>
public static partial class TableFilter
{
    /// <summary>Formats the holes of an interpolated string as literals: <c>$"PartitionKey eq {pk}"</c>.</summary>
    public static string Create(FormattableString filter)
    {
        var literals = filter.GetArguments().Select(argument => (object)Literal(argument)).ToArray();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    public static string Equal(string property, object value) => Compare(property, "eq", value);

    public static string NotEqual(string property, object value) => Compare(property, "ne", value);

    public static string GreaterThan(string property, object value) => Compare(property, "gt", value);

    public static string GreaterThanOrEqual(string property, object value) => Compare(property, "ge", value);

    public static string LessThan(string property, object value) => Compare(property, "lt", value);

    public static string LessThanOrEqual(string property, object value) => Compare(property, "le", value);

    public static string PartitionKeyEquals(string partitionKey) => Equal("PartitionKey", partitionKey);

    /// <summary>All of the filters hold; each is parenthesised.</summary>
    public static string And(params string[] filters) => Join("and", filters);

    /// <summary>Any of the filters holds; each is parenthesised.</summary>
    public static string Or(params string[] filters) => Join("or", filters);

    public static string Not(string filter) => $"not ({filter})";

    /// <summary>One value as an OData literal: strings quoted with '' doubling, longs with L, typed prefixes for dates, guids and binaries.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => FormatDouble(d),
        DateTimeOffset t => $"datetime'{TableEntityJson.FormatDate(t)}'",
        DateTime t => $"datetime'{TableEntityJson.FormatDate(new DateTimeOffset(DateTime.SpecifyKind(t, t.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)))}'",
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexStringLower(bytes)}'",
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot appear in a table filter.", nameof(value)),
    };

    private static string Compare(string property, string op, object value)
    {
        if (!PropertyName().IsMatch(property))
        {
            throw new ArgumentException($"'{property}' is not a table property name.", nameof(property));
        }
        return $"{property} {op} {Literal(value)}";
    }

    private static string Join(string op, string[] filters)
    {
        if (filters.Length == 0)
        {
            throw new ArgumentException("Give at least one filter to combine.", nameof(filters));
        }
        return filters.Length == 1 ? filters[0] : string.Join($" {op} ", filters.Select(f => $"({f})"));
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''") + "'";

    private static string FormatDouble(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        // Keep integral values Double literals, so they compare with Double properties as doubles.
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,254}$")]
    private static partial Regex PropertyName();
}
