using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Azure.Functions.Worker;

namespace PainDrip.Functions.Standalone;

/// <summary>One <c>[Function]</c> method and its trigger, read from the attributes the Functions build reads too.</summary>
/// <param name="Name">The function name (the contract with the host).</param>
/// <param name="Method">The method to invoke.</param>
/// <param name="Http">Its HTTP trigger, if it has one.</param>
/// <param name="Timer">Its timer trigger, if it has one.</param>
public sealed record FunctionEntry(string Name, MethodInfo Method, HttpTriggerAttribute? Http, TimerTriggerAttribute? Timer)
{
    /// <summary>The path the host serves an HTTP function on (route prefix <c>api</c>, as host.json sets it).</summary>
    public string Path => $"/{FunctionCatalog.RoutePrefix}/{Http?.Route ?? Name}";

    /// <summary>Whether a caller needs a key (function or admin level) rather than nothing.</summary>
    public bool NeedsKey => Http is null || Http.AuthLevel != AuthorizationLevel.Anonymous;
}

/// <summary>Every function in this assembly, found by reflection: the single source of routes and schedules.</summary>
public static class FunctionCatalog
{
    /// <summary>The HTTP route prefix; host.json's <c>extensions.http.routePrefix</c> says the same (a test checks).</summary>
    public const string RoutePrefix = "api";

    /// <summary>The functions, by name.</summary>
    /// <remarks>Looks for the attribute before reading it, and skips compiler-generated types (closures, state machines),
    /// which never hold a function: this runs on the way to the standalone app's first answer.</remarks>
    public static IReadOnlyList<FunctionEntry> Read(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(type => !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(FunctionAttribute), inherit: false))
            .Select(method => new FunctionEntry(
                method.GetCustomAttribute<FunctionAttribute>()!.Name,
                method,
                Trigger<HttpTriggerAttribute>(method),
                Trigger<TimerTriggerAttribute>(method)))
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)];

    private static T? Trigger<T>(MethodInfo method) where T : Attribute =>
        method.GetParameters().Select(parameter => parameter.GetCustomAttribute<T>()).FirstOrDefault(found => found is not null);
}
