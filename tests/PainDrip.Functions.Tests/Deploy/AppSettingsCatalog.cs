using System.Reflection;
using System.Text.RegularExpressions;
using PainDrip.Functions.Standalone;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>
/// The settings the deployed app reads: every public settable property of every public
/// <c>*Options</c> class in the PainDrip assemblies the Functions app references (bound from the
/// section named after the class, so <c>Class__Property</c>), plus the <c>%Setting%</c> tokens the
/// host expands in the trigger attributes.
/// </summary>
internal static partial class AppSettingsCatalog
{
    public static IReadOnlyList<Type> OptionsClasses() =>
        PainDripAssemblies()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.Name.EndsWith("Options", StringComparison.Ordinal))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlySet<string> OptionsKeys() =>
        OptionsClasses().SelectMany(type => Keys(type.Name, type, depth: 0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The <c>%Setting%</c> tokens in the trigger attributes (the host expands them from app settings).</summary>
    public static IReadOnlySet<string> TriggerTokens() =>
        FunctionCatalog.Read(typeof(Program).Assembly)
            .Select(function => function.Timer?.Schedule ?? function.Http?.Route ?? "")
            .SelectMany(text => Token().Matches(text).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<Assembly> PainDripAssemblies()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(Program).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            if (!seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }
            foreach (var reference in assembly.GetReferencedAssemblies().Where(IsPainDrip))
            {
                pending.Enqueue(Assembly.Load(reference));
            }
        }
        return seen.Values;
    }

    private static bool IsPainDrip(AssemblyName name) => name.Name?.StartsWith("PainDrip.", StringComparison.Ordinal) == true;

    // A nested options object binds from a nested section: Class__Property__Inner.
    private static IEnumerable<string> Keys(string prefix, Type type, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var key = $"{prefix}__{property.Name}";
            var keys = IsLeaf(property.PropertyType) || depth > 3 ? [key] : Keys(key, property.PropertyType, depth + 1);
            foreach (var nested in keys)
            {
                yield return nested;
            }
        }
    }

    private static bool IsLeaf(Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        return core.IsPrimitive || core.IsEnum || core == typeof(string) || core == typeof(decimal)
            || core == typeof(TimeSpan) || core == typeof(DateTimeOffset) || core == typeof(DateTime)
            || core == typeof(Guid) || core == typeof(Uri)
            || typeof(System.Collections.IEnumerable).IsAssignableFrom(core)
            || core.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true;
    }

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex Token();
}
