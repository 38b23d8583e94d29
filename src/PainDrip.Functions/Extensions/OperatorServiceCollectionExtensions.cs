using PainDrip.Functions.Services;

namespace PainDrip.Functions.Extensions;

public static class OperatorServiceCollectionExtensions
{
    /// <summary>Export, erase and the coach queue, with the operator key settings (section <c>OperatorOptions</c>).</summary>
    public static IServiceCollection AddPainDripOperator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperatorOptions>()
            .BindConfiguration(nameof(OperatorOptions))
            .PostConfigure(options => options.BehindFunctionsHost |= IsUnderFunctionsHost());
        services.AddScoped<PersonalDataService>();
        services.AddScoped<CoachQueueService>();
        return services;
    }

    // The same variables CustomHandlerExtensions listens on: they exist only when the Functions host started the app.
    private static bool IsUnderFunctionsHost() =>
        Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("FUNCTIONS_HTTPWORKER_PORT") is { Length: > 0 };
}
