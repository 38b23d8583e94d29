// TEMPORARY, deploy branch only: stands in for the storage branch so PainDrip.Functions builds
// here. Delete this file when the storage branch is merged (its real types replace these).
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PainDrip.Infrastructure.Storage;

public sealed class TableStorageOptions
{
    public string? ConnectionString { get; set; }

    public string? Endpoint { get; set; }
}

public sealed class TableStorageHealth
{
    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(false);
}

public static class TableStorageServiceCollectionExtensions
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TableStorageOptions>().Bind(configuration.GetSection(nameof(TableStorageOptions)));
        services.AddSingleton<TableStorageHealth>();
        return services;
    }
}
