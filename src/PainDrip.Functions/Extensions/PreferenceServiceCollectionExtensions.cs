using PainDrip.Functions.Functions;
using PainDrip.Functions.Pages;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Extensions;

public static class PreferenceServiceCollectionExtensions
{
    /// <summary>The preferences and privacy pages, the pause-ending service the timer also uses, and the privacy settings
    /// (section <c>PrivacyOptions</c>).</summary>
    public static IServiceCollection AddPreferences(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(nameof(PrivacyOptions))
            .Validate(o => o.IsValid,
                $"{nameof(PrivacyOptions)}: RetentionMonths must be 1-120, RequestDays 1-30, and ContactAddress an email address or empty.")
            .ValidateOnStart();
        services.AddScoped<ProgramResumer>();
        services.AddScoped<PreferenceService>();
        services.AddSingleton<PrivacyPage>();
        services.AddScoped<PreferenceFunctions>();
        return services;
    }
}
