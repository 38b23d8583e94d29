using PainDrip.Functions.Extensions;

namespace PainDrip.Functions.Standalone;

/// <summary>The same functions as a plain ASP.NET Core app, for places with no Functions host (<c>./run.sh</c>, tests).</summary>
public static class StandaloneHost
{
    /// <summary>Builds the app: the same services as under the host, plus routes and timers read from the function attributes.</summary>
    /// <remarks>Outside Development a failure answers a plain 500 problem with no exception detail; ASP.NET Core's developer
    /// exception page is added by the framework in Development only, and never here.</remarks>
    /// <param name="args">The command line (settings as <c>--Section:Key=value</c>).</param>
    /// <param name="services">Registers more services first (a benchmark's request counter), or <see langword="null"/>.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? services = null)
    {
        var functions = FunctionCatalog.Read(typeof(StandaloneHost).Assembly);
        var builder = WebApplication.CreateBuilder(args);
        services?.Invoke(builder.Services);
        builder.Services.AddPainDrip(builder.Configuration, underFunctionsHost: false);
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton<OperatorKeyGuard>();
        builder.Services.AddHostedService<StandaloneTimers>();

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = AnswerFailureAsync });
        }
        app.MapFunctions(functions).MapAlias("/", "SignupPage", functions);
        StandaloneLog.Started(app.Logger, functions.Count);
        return app;
    }

    private static Task AnswerFailureAsync(HttpContext context) =>
        TypedResults.Problem("Something went wrong on our side. Please try again in a few minutes.",
            statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);
}
