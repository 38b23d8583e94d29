using PainDrip.Functions.Extensions;

namespace PainDrip.Functions.Standalone;

/// <summary>The same functions as a plain ASP.NET Core app, for places with no Functions host (<c>./run.sh</c>, tests).</summary>
public static class StandaloneHost
{
    /// <summary>Builds the app: the same services as under the host, plus routes and timers read from the function attributes.</summary>
    public static WebApplication Build(string[] args)
    {
        var functions = FunctionCatalog.Read(typeof(StandaloneHost).Assembly);
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPainDrip(builder.Configuration, underFunctionsHost: false);
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton<OperatorKeyGuard>();
        builder.Services.AddHostedService<StandaloneTimers>();

        var app = builder.Build();
        app.MapFunctions(functions).MapAlias("/", "SignupPage", functions);
        StandaloneLog.Started(app.Logger, functions.Count);
        return app;
    }
}
