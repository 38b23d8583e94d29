using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Standalone;

// Standalone (no Functions host: ./run.sh, the tests) only when asked for, never guessed.
if (StandaloneMode.IsRequested(args, Environment.GetEnvironmentVariable, out var rest))
{
    StandaloneHost.Build(rest).Run();
    return;
}

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights()
    .AddPainDrip(builder.Configuration, underFunctionsHost: true);
builder.Build().Run();

/// <summary>The entry point; public so <c>WebApplicationFactory&lt;Program&gt;</c> can start the standalone app.</summary>
public partial class Program;
