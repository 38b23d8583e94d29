using PainDrip.Functions.Services;

namespace PainDrip.Functions.Extensions;

public static class OperatorServiceCollectionExtensions
{
    /// <summary>Export, erase and the coach queue, with the operator key settings (section <c>OperatorOptions</c>).</summary>
    public static IServiceCollection AddPainDripOperator(this IServiceCollection services)
    {
        services.AddOptions<OperatorOptions>().BindConfiguration(nameof(OperatorOptions));
        services.AddScoped<PersonalDataService>();
        services.AddScoped<CoachQueueService>();
        return services;
    }
}
