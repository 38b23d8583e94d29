using System.Text.Json;
using System.Text.Json.Serialization;

namespace PainDrip.Core;

/// <summary>The JSON conventions of PainDrip's contracts: camelCase properties, snake_case enum values.</summary>
public static class CoreJson
{
    /// <summary>Options for reading and writing intake, CLI and API JSON.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
