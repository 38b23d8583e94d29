using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace PainDrip.Functions.Standalone;

/// <summary>Maps every function in the catalog the way the Functions host exposes it.</summary>
public static class StandaloneEndpoints
{
    /// <summary>HTTP functions on <c>/api/{route}</c>; every other function on <c>POST /admin/functions/{name}</c>, like the host's admin route.</summary>
    public static WebApplication MapFunctions(this WebApplication app, IReadOnlyList<FunctionEntry> functions)
    {
        foreach (var function in functions)
        {
            FunctionInvoker.EnsureSupported(function);
            if (function.Http is { } http)
            {
                app.MapMethods(function.Path, http.Methods?.Select(m => m.ToUpperInvariant()) ?? ["GET", "POST"],
                    context => RunHttpAsync(function, context)).WithName(function.Name);
            }
            else
            {
                app.MapPost($"/admin/functions/{function.Name}", context => RunAdminAsync(function, context)).WithName(function.Name);
            }
        }
        return app;
    }

    /// <summary>Serves <paramref name="path"/> with the function named <paramref name="name"/> as well (the sign-up page on <c>/</c>).</summary>
    public static WebApplication MapAlias(this WebApplication app, string path, string name, IReadOnlyList<FunctionEntry> functions)
    {
        var function = functions.Single(f => f.Name == name);
        app.MapGet(path, context => RunHttpAsync(function, context));
        return app;
    }

    private static async Task RunHttpAsync(FunctionEntry function, HttpContext context)
    {
        if (Refusal(function, context) is { } refused)
        {
            await refused.ExecuteAsync(context);
            return;
        }
        var value = await FunctionInvoker.InvokeAsync(function, context, timer: null);
        if (value is not IResult result)
        {
            throw new InvalidOperationException($"Function {function.Name} returned {value?.GetType().Name ?? "nothing"}, not an IResult.");
        }
        await result.ExecuteAsync(context);
    }

    // The host answers 202 and runs the function; here the run finishes first, and its return value (if any) is the body.
    private static async Task RunAdminAsync(FunctionEntry function, HttpContext context)
    {
        if (Refusal(function, context) is { } refused)
        {
            await refused.ExecuteAsync(context);
            return;
        }
        object? value;
        try
        {
            value = await FunctionInvoker.InvokeAsync(function, context, new TimerInfo { IsPastDue = false });
        }
        // The host records a failed invocation; here the caller learns it at once, by the exception's type only.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await TypedResults.Problem($"Function {function.Name} failed ({exception.GetType().Name}).",
                statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        if (value is not null)
        {
            await context.Response.WriteAsJsonAsync(value, value.GetType(), JsonSerializerOptions.Web, context.RequestAborted);
        }
    }

    private static IResult? Refusal(FunctionEntry function, HttpContext context) =>
        function.NeedsKey ? context.RequestServices.GetRequiredService<OperatorKeyGuard>().Check(context) : null;
}
