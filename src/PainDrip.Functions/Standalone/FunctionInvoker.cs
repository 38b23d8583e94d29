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
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.RequestServices, method.DeclaringType!);
        var arguments = method.GetParameters().Select(parameter => Argument(parameter.ParameterType, context, timer)).ToArray();
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
            var type = method.ReturnType;
            value = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)
                ? type.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
                : null;
        }
        return value;
    }

    private static object? Argument(Type type, HttpContext context, TimerInfo? timer) =>
        type == typeof(HttpRequest) ? context.Request
        : type == typeof(HttpContext) ? context
        : type == typeof(CancellationToken) ? context.RequestAborted
        : timer ?? new TimerInfo();
}
