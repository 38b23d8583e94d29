using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PainDrip.Infrastructure.Storage;

public static class TableStorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TableStorageOptions"/> from the "TableStorageOptions" section (checked at start-up)
    /// and registers a singleton <see cref="TableServiceClient"/> and <see cref="TableStorageHealth"/>. A
    /// <see cref="TableStoragePolicies"/> registered in DI adds its policies to the client (request counting, test faults).
    /// With an Endpoint, a <see cref="TokenCredential"/> registered in DI is used, else managed identity
    /// through <see cref="DefaultAzureCredential"/>.
    /// </summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TableStorageOptions>()
            .Bind(configuration.GetSection(TableStorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableStorageOptions>, OptionsValidator>());
        services.AddSingleton(provider => CreateClient(provider, provider.GetRequiredService<IOptions<TableStorageOptions>>().Value));
        services.AddSingleton(provider => new TableStorageHealth(provider.GetRequiredService<TableServiceClient>(), clock: provider.GetService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Exponential retries of what the service means as "try again" (408, 429, 5xx, network faults);
    /// the package never retries conflicts or failed preconditions.
    /// </summary>
    public static TableClientOptions ClientOptions(TableStoragePolicies? policies = null)
    {
        var options = new TableClientOptions();
        foreach (var policy in policies?.PerAttempt ?? [])
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(400);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        options.Diagnostics.IsLoggingContentEnabled = false;
        return options;
    }

    private static TableServiceClient CreateClient(IServiceProvider provider, TableStorageOptions options)
    {
        var policies = provider.GetService<TableStoragePolicies>();
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, ClientOptions(policies));
        }
        var credential = provider.GetService<TokenCredential>() ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new TableServiceClient(new Uri(options.Endpoint!), credential, ClientOptions(policies));
    }

    private sealed class OptionsValidator : IValidateOptions<TableStorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, TableStorageOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
