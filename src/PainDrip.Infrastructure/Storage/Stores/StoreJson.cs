using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using PainDrip.Core;
using PainDrip.Core.Intake;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>
/// JSON for state kept in one column: the Core conventions plus ISO text for NodaTime values.
/// Read-only computed properties (such as <c>Enrollment.Zone</c>) are left out, so only what
/// constructs the value again is stored.
/// </summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"A stored {typeof(T).Name} is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(CoreJson.Options)
        {
            TypeInfoResolver = CoreJson.Options.TypeInfoResolver!.WithAddedModifier(DropComputedProperties),
        };
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new ReadOnlySetConverterFactory());
        options.MakeReadOnly();
        return options;
    }

    private static void DropComputedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in type.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList())
        {
            type.Properties.Remove(property);
        }
    }

    /// <summary>An <see cref="Instant"/> as ISO text such as <c>2030-03-04T08:00:00.123456789Z</c>.</summary>
    private sealed class InstantJsonConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var result = InstantPattern.ExtendedIso.Parse(reader.GetString() ?? "");
            return result.Success ? result.Value : throw new JsonException("A stored instant is not ISO text.", result.Exception);
        }

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }

    /// <summary>Reads <see cref="IReadOnlySet{T}"/> as a <see cref="HashSet{T}"/>, which System.Text.Json does not do by itself.</summary>
    private sealed class ReadOnlySetConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlySet<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ReadOnlySetConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()))!;
    }

    private sealed class ReadOnlySetConverter<T> : JsonConverter<IReadOnlySet<T>>
    {
        public override IReadOnlySet<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<HashSet<T>>(ref reader, options) ?? [];

        public override void Write(Utf8JsonWriter writer, IReadOnlySet<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);
    }
}
