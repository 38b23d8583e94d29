using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PainDrip.Core.Intake;

/// <summary>Reads single fields out of a JSON object, turning every type or value problem into a <see cref="FieldError"/>.</summary>
internal sealed class JsonFieldReader(List<FieldError> errors)
{
    public List<FieldError> Errors { get; } = errors;

    public static JsonElement? Property(JsonElement obj, string name)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }
        return null;
    }

    public string? Text(JsonElement obj, string name, string path, string missing)
    {
        switch (Property(obj, name))
        {
            case null: Errors.Add(new(path, missing)); return null;
            case { ValueKind: JsonValueKind.String } value: return value.GetString();
            default: Errors.Add(new(path, "This should be text in quotes.")); return null;
        }
    }

    public int? WholeNumber(JsonElement obj, string name, string path, string missing)
    {
        switch (Property(obj, name))
        {
            case null: Errors.Add(new(path, missing)); return null;
            case { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number): return number;
            default: Errors.Add(new(path, "This should be a whole number, such as 7.")); return null;
        }
    }

    public bool? YesNo(JsonElement obj, string name, string path, string missing)
    {
        switch (Property(obj, name))
        {
            case null: Errors.Add(new(path, missing)); return null;
            case { ValueKind: JsonValueKind.True }: return true;
            case { ValueKind: JsonValueKind.False }: return false;
            default: Errors.Add(new(path, "This should be true or false.")); return null;
        }
    }

    public LocalDate? Date(JsonElement obj, string name, string path, string missing)
    {
        var text = Text(obj, name, path, missing);
        if (text is null)
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Errors.Add(new(path, "This should be a date written like 2026-03-02 (year-month-day)."));
            return null;
        }
        return parsed.Value;
    }

    /// <summary>Reads an enum value; <paramref name="missing"/> null means the field is optional.</summary>
    public T? Choice<T>(JsonElement obj, string name, string path, string? missing) where T : struct, Enum
    {
        var value = Property(obj, name);
        if (value is null)
        {
            if (missing is not null)
            {
                Errors.Add(new(path, missing));
            }
            return null;
        }
        return ChoiceOf<T>(value.Value, path);
    }

    /// <summary>Reads a list of enum values, each once; more than <see cref="IntakeRules.MaxChoices"/> items is one error
    /// on the list (the known ones are still read, so a red flag is never lost), and at most a few item errors are listed.</summary>
    public List<T> Choices<T>(JsonElement obj, string name, string path) where T : struct, Enum
    {
        var list = new List<T>();
        var value = Property(obj, name);
        if (value is null)
        {
            return list;
        }
        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Errors.Add(new(path, $"This should be a list, such as [\"{Names<T>()[0]}\"]."));
            return list;
        }
        var count = value.Value.GetArrayLength();
        if (count > IntakeRules.MaxChoices)
        {
            Errors.Add(new(path, $"Pick at most {IntakeRules.MaxChoices} from the list; this one has {count}."));
        }
        var index = 0;
        var itemErrors = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            var choice = ChoiceOf<T>(item, $"{path}[{index++}]", report: itemErrors < MaxItemErrors);
            if (choice is null)
            {
                itemErrors++;
            }
            else if (!list.Contains(choice.Value))
            {
                list.Add(choice.Value);
            }
        }
        return list;
    }

    private const int MaxItemErrors = 5;

    // Exactly one known name: no lists ("left, right"), numbers or padding, which the enum converter would bend into a value.
    private T? ChoiceOf<T>(JsonElement value, string path, bool report = true) where T : struct, Enum
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(text, JsonNamingPolicy.SnakeCaseLower.ConvertName(candidate.ToString()), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }
        if (report)
        {
            var shown = text is null ? "this value" : $"'{InputExcerpt.Of(text)}'";
            Errors.Add(new(path, $"We don't know {shown}. Choose one of: {string.Join(", ", Names<T>())}."));
        }
        return null;
    }

    private static string[] Names<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToArray();
}
