using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Functions.Console;
using PainDrip.Infrastructure.Content;
using PainDrip.Infrastructure.Email;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Storage.Stores;

namespace PainDrip.Functions.Extensions;

public static class PainDripServiceCollectionExtensions
{
    /// <summary>
    /// Everything the functions need, the same under the Functions host and in standalone mode. Under the host a
    /// process that dies at start-up shows only "host not ready", so there incomplete settings are reported instead.
    /// </summary>
    public static IServiceCollection AddPainDrip(this IServiceCollection services, IConfiguration configuration, bool underFunctionsHost) =>
        services
            .AddPainDripCore(configuration)
            .AddPainDripInfrastructure(configuration)
            .AddEnrollment()
            .AddPainDripMail()
            .AddPainDripOperator()
            .AddCoachConsole(underFunctionsHost)
            .AddPreferences()
            .AddSettingsReport(startWhenIncomplete: underFunctionsHost);

    /// <summary>The coaching domain: the clock (the one place the system clock is named), the lesson library and the planner.</summary>
    public static IServiceCollection AddPainDripCore(this IServiceCollection services, IConfiguration configuration)
    {
        // Development gets a clock a local demo can fast-forward (POST /api/dev/advance); decided when first resolved,
        // so the final host environment counts.
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<IHostEnvironment>().IsDevelopment()
            ? new DemoClock(TimeProvider.System)
            : TimeProvider.System);
        services.AddSingleton<IClock>(provider => new TimeProviderClock(provider.GetRequiredService<TimeProvider>()));
        services.AddOptions<LessonLibraryOptions>().BindConfiguration(nameof(LessonLibraryOptions));
        services.AddSingleton<ILessonLibrary>(provider => new LazyLessonLibrary(() =>
        {
            var folder = provider.GetRequiredService<IOptions<LessonLibraryOptions>>().Value.Directory;
            return MarkdownLessonLibrary.Load(Path.Combine(AppContext.BaseDirectory, folder));
        }));
        services.AddSingleton<ProgramPlanner>();
        return services;
    }

    /// <summary>Table Storage and the stores on it, outgoing email.</summary>
    public static IServiceCollection AddPainDripInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTableStorage(configuration);
        services.AddPainDripStores();
        services.AddPainDripEmail(configuration);
        return services;
    }
}
