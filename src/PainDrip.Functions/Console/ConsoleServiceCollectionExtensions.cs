using Microsoft.Extensions.DependencyInjection.Extensions;
using PainDrip.Core.Ports;
using PainDrip.Functions.Console.SignIn;
using PainDrip.Infrastructure.Storage.Stores;

namespace PainDrip.Functions.Console;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The coach console (section <c>ConsoleOptions</c>): access, antiforgery, the pages' reads, the actions, the
    /// alerting wrapper around <see cref="ICoachQueue"/> and the digest. Call after the stores are registered.
    /// </summary>
    public static IServiceCollection AddCoachConsole(this IServiceCollection services, bool underFunctionsHost)
    {
        services.AddOptions<ConsoleOptions>().BindConfiguration(nameof(ConsoleOptions));
        services.AddSingleton(new ConsoleHosting(underFunctionsHost));
        services.AddSingleton<CoachAccess>();
        services.AddConsoleSignIn();
        services.AddSingleton<ConsoleAntiforgery>();
        services.AddSingleton<CoachMail>();
        services.TryAddSingleton<ICoachDesk>(provider => provider.GetRequiredService<TableCoachQueue>());
        services.TryAddSingleton<IEnrollmentDirectory, TableEnrollmentDirectory>();
        services.AddScoped<CoachConsole>();
        services.AddScoped<CoachAnswers>();
        services.AddScoped<CoachActions>();
        services.AddScoped<CoachDigest>();
        var queue = services.LastOrDefault(d => d.ServiceType == typeof(ICoachQueue))
            ?? throw new InvalidOperationException("Register the stores (ICoachQueue) before the coach console.");
        services.Remove(queue);
        services.AddSingleton<ICoachQueue>(provider => new AlertingCoachQueue(
            (ICoachQueue)Build(provider, queue), provider.GetRequiredService<ICoachDesk>(),
            provider.GetRequiredService<CoachMail>(), provider.GetRequiredService<ILogger<AlertingCoachQueue>>()));
        return services;
    }

    private static object Build(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
