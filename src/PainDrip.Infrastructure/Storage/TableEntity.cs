using System.Collections;
using Azure;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// A row: PartitionKey, RowKey, ETag, Timestamp and named typed properties (string, int,
/// long, bool, double, DateTimeOffset, Guid, byte[]). Setting a property to null removes it.
/// </summary>
public sealed class TableEntity : IEnumerable<KeyValuePair<string, object>>
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    /// <summary>Set by the service on every write; pass it back to update only an unchanged row.</summary>
    public ETag ETag { get; set; }

    /// <summary>Server-managed time of the last change; ignored on writes.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    public int Count => _properties.Count;

    public IEnumerable<string> Keys => _properties.Keys;

    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set
        {
            if (value is null)
            {
                _properties.Remove(name);
            }
            else
            {
                _properties[name] = TableEntityJson.CheckSupported(name, value);
            }
        }
    }

    public void Add(string name, object value) => this[name] = value;

    public bool ContainsKey(string name) => _properties.ContainsKey(name);

    public bool Remove(string name) => _properties.Remove(name);

    public string? GetString(string name) => Get<string>(name);

    public bool? GetBoolean(string name) => GetValue<bool>(name);

    public int? GetInt32(string name) => GetValue<int>(name);

    public long? GetInt64(string name) => this[name] switch
    {
        null => null,
        int i => i,
        var other => Cast<long>(name, other),
    };

    public double? GetDouble(string name) => this[name] switch
    {
        null => null,
        int i => i,
        long l => l,
        var other => Cast<double>(name, other),
    };

    public DateTimeOffset? GetDateTimeOffset(string name) => GetValue<DateTimeOffset>(name);

    public Guid? GetGuid(string name) => GetValue<Guid>(name);

    public byte[]? GetBinary(string name) => Get<byte[]>(name);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T? Get<T>(string name) where T : class => this[name] is { } value ? Cast<T>(name, value) : null;

    private T? GetValue<T>(string name) where T : struct => this[name] is { } value ? Cast<T>(name, value) : null;

    private static T Cast<T>(string name, object value) => value is T typed
        ? typed
        : throw new InvalidOperationException(
            $"Property '{name}' holds a {value.GetType().Name}, not a {typeof(T).Name}.");
}
