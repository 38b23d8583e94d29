using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PainDrip.Functions.Extensions;

/// <summary>Settings problems found at start-up, for the health endpoint and the timer's invocation log.</summary>
public sealed class SettingsReport
{
    private volatile IReadOnlyList<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public bool IsComplete => _problems.Count == 0;

    internal void Record(IReadOnlyList<string> problems) => _problems = problems;
}

/// <summary>
/// Under the Functions host a process that dies at start-up shows only "host not ready"; so there the app
/// starts anyway, logs what is missing, and every entry point reports it. Run locally, bad settings still stop
/// the app at once with the same messages.
/// </summary>
public static class SettingsReportExtensions
{
    public static IServiceCollection AddSettingsReport(this IServiceCollection services, bool startWhenIncomplete)
    {
        services.AddSingleton<SettingsReport>();
        if (startWhenIncomplete)
        {
            var inner = services.LastOrDefault(d => d.ServiceType == typeof(IStartupValidator));
            services.RemoveAll<IStartupValidator>();
            services.AddSingleton<IStartupValidator>(provider => new ReportingValidator(
                inner is null ? null : (IStartupValidator)ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!),
                provider.GetRequiredService<SettingsReport>(),
                provider.GetRequiredService<ILogger<SettingsReport>>()));
        }
        return services;
    }

    private sealed class ReportingValidator(IStartupValidator? inner, SettingsReport report, ILogger logger) : IStartupValidator
    {
        public void Validate()
        {
            try
            {
                inner?.Validate();
            }
            catch (Exception e) when (e is OptionsValidationException or AggregateException)
            {
                var problems = Flatten(e).ToList();
                report.Record(problems);
                foreach (var problem in problems)
                {
                    logger.LogCritical("Setting problem: {Problem}", problem);
                }
            }
        }

        private static IEnumerable<string> Flatten(Exception e) => e switch
        {
            AggregateException many => many.InnerExceptions.SelectMany(Flatten),
            OptionsValidationException options => options.Failures,
            _ => [e.Message],
        };
    }
}
