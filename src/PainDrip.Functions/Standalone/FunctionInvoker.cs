using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace PainDrip.Functions.Standalone;

/// <summary>
/// Calls a function method the way the worker would, with what standalone mode can supply: the request, the
/// cancellation token and a hand-built <see cref="TimerInfo"/>. The class comes from the request's services.
/// </summary>
public static class FunctionInvoker
{
    private static readonly Type[] Supplied = [typeof(HttpRequest), typeof(HttpContext), typeof(CancellationToken), typeof(TimerInfo)];

    // What a call needs, read once per method rather than on every request: a compiled constructor call for the class,
    // the parameter types, and the Result getter of a Task<T>.
    private static readonly ConcurrentDictionary<MethodInfo, Plan> Plans = new();

    /// <summary>Fails at start-up, not at the first call, when a function asks for something standalone mode cannot give.</summary>
    public static void EnsureSupported(FunctionEntry function)
    {
        var unsupported = function.Method.GetParameters().Where(parameter => !Supplied.Contains(parameter.ParameterType)).ToList();
        if (unsupported.Count > 0)
        {
            throw new InvalidOperationException(
                $"Function {function.Name}: standalone mode cannot supply parameter(s) {string.Join(", ", unsupported.Select(p => p.Name))}.");
        }
    }

    /// <summary>Runs the function and returns what it returned (awaited), or <see langword="null"/> for a plain task.</summary>
    public static async Task<object?> InvokeAsync(FunctionEntry function, HttpContext context, TimerInfo? timer)
    {
        var method = function.Method;
        var plan = Plans.GetOrAdd(method, Plan.For);
        var target = plan.Create?.Invoke(context.RequestServices, null);
        var arguments = Array.ConvertAll(plan.Parameters, type => Argument(type, context, timer));
        object? value;
        try
        {
            value = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(wrapped.InnerException);
            throw;
        }
        if (value is Task task)
        {
            await task;
            value = plan.Result?.GetValue(task);
        }
        return value;
    }

    private sealed record Plan(ObjectFactory? Create, Type[] Parameters, PropertyInfo? Result)
    {
        public static Plan For(MethodInfo method)
        {
            var type = method.ReturnType;
            return new Plan(
                method.IsStatic ? null : ActivatorUtilities.CreateFactory(method.DeclaringType!, Type.EmptyTypes),
                Array.ConvertAll(method.GetParameters(), parameter => parameter.ParameterType),
                type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>) ? type.GetProperty(nameof(Task<object>.Result)) : null);
        }
    }

    private static object? Argument(Type type, HttpContext context, TimerInfo? timer) =>
        type == typeof(HttpRequest) ? context.Request
        : type == typeof(HttpContext) ? context
        : type == typeof(CancellationToken) ? context.RequestAborted
        : timer ?? new TimerInfo();
}
