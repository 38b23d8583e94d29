using PainDrip.Functions.Extensions;
using PainDrip.Infrastructure.Storage;

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
        // Two one-off costs on the way to the first answer run on another thread while the host builder reads its
        // settings: reading the function attributes, and the first build of a table client, which the storage settings
        // check does (the package parses the connection string); here on a fixed, valid string, so it never fails.
        var catalog = Task.Run(() => FunctionCatalog.Read(typeof(StandaloneHost).Assembly));
        _ = Task.Run(() => new TableStorageOptions { ConnectionString = "UseDevelopmentStorage=true" }.Problem());
        var builder = WebApplication.CreateBuilder(args);
        var functions = catalog.GetAwaiter().GetResult();
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
