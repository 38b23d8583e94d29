using Azure.Data.Tables;
using NodaTime;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>Conversions between domain values and table property values.</summary>
internal static class StoreValues
{
    // A string property holds at most 64 KiB, i.e. 32,768 UTF-16 characters; stay well below.
    public const int MaxCharsPerProperty = 30_000;

    public static Instant ToInstant(DateTimeOffset? stored, string property) =>
        stored is { } value ? Instant.FromDateTimeOffset(value) : throw Missing(property);

    public static TEnum ToEnum<TEnum>(string? stored, string property) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(stored, ignoreCase: false, out var value) ? value : throw Missing(property);

    public static string Required(TableEntity entity, string property) => entity.GetString(property) ?? throw Missing(property);

    /// <summary>Writes text over as many properties as it needs (<c>Name</c>, <c>Name1</c>, …), up to <paramref name="maxParts"/>.</summary>
    /// <returns>Whether the whole text fitted; when not, it is cut and ends with a marker.</returns>
    public static bool WriteText(TableEntity entity, string name, string text, int maxParts)
    {
        const string marker = "\n[… cut: too long to store]";
        var capacity = MaxCharsPerProperty * maxParts;
        var fits = text.Length <= capacity;
        var stored = fits ? text : text[..(capacity - marker.Length)] + marker;
        for (int part = 0, start = 0; part < maxParts; part++, start += MaxCharsPerProperty)
        {
            entity[PartName(name, part)] = start < stored.Length || part == 0
                ? stored.Substring(start, Math.Clamp(stored.Length - start, 0, MaxCharsPerProperty))
                : null;
        }
        return fits;
    }

    /// <summary>Reads text written by <see cref="WriteText"/>; null when it was never written.</summary>
    public static string? ReadText(TableEntity entity, string name)
    {
        if (entity.GetString(name) is not { } first)
        {
            return null;
        }
        var text = new System.Text.StringBuilder(first);
        for (var part = 1; entity.GetString(PartName(name, part)) is { } next; part++)
        {
            text.Append(next);
        }
        return text.ToString();
    }

    /// <summary>Whether a property holds a part after the first of some text.</summary>
    public static bool IsTextPart(string property, string name) =>
        property.Length > name.Length && property.StartsWith(name, StringComparison.Ordinal)
        && property[name.Length..].All(char.IsAsciiDigit);

    private static string PartName(string name, int part) => part == 0 ? name : name + part;

    private static InvalidDataException Missing(string property) =>
        new($"A stored row lacks a valid '{property}' value.");
}
