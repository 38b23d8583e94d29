using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Storage.Stores;

public static class StoresServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table Storage adapter of every store port (each <see cref="IPersonalData"/> store also as
    /// <see cref="IPersonalData"/>), the <see cref="TableSet"/> they share (prefix from the "TableStoreOptions"
    /// section) and <see cref="TableSetup"/>, which creates the tables at start-up.
    /// Needs <c>AddTableStorage</c> (the <see cref="TableServiceClient"/>) and <c>AddPainDripEmail</c> (the
    /// <see cref="LinkTokens"/> secret that keys the address hashes).
    /// </summary>
    public static IServiceCollection AddPainDripStores(this IServiceCollection services)
    {
        services.AddOptions<TableStoreOptions>().BindConfiguration(TableStoreOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableStoreOptions>, OptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LinkTokens>();
        services.TryAddSingleton(provider => new TableSet(
            provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<IOptions<TableStoreOptions>>().Value));
        services.AddHostedService(provider => new TableSetup(
            provider.GetRequiredService<TableSet>, provider.GetRequiredService<ILogger<TableSetup>>()));

        AddPersonal<IEnrollmentStore, TableEnrollmentStore>(services);
        AddPersonal<IDeliveryLedger, TableDeliveryLedger>(services);
        AddPersonal<IInbox, TableInbox>(services);
        AddPersonal<IProgressLog, TableProgressLog>(services);
        AddPersonal<ICoachQueue, TableCoachQueue>(services);
        services.TryAddSingleton<IDueIndex, TableDueIndex>();
        services.TryAddSingleton<ISuppressionList, TableSuppressionList>();
        services.TryAddSingleton<TableMailEventLedger>();
        services.TryAddSingleton<IMailEventLedger>(provider => provider.GetRequiredService<TableMailEventLedger>());
        services.TryAddSingleton<IProviderConfirmations>(provider => provider.GetRequiredService<TableMailEventLedger>());
        services.TryAddSingleton<IPersonJournal, TablePersonJournal>();
        return services;
    }

    private static void AddPersonal<TPort, TStore>(IServiceCollection services)
        where TPort : class
        where TStore : class, TPort, IPersonalData
    {
        services.TryAddSingleton<TStore>();
        services.TryAddSingleton<TPort>(provider => provider.GetRequiredService<TStore>());
        services.AddSingleton<IPersonalData>(provider => provider.GetRequiredService<TStore>());
    }

    private sealed class OptionsValidator : IValidateOptions<TableStoreOptions>
    {
        public ValidateOptionsResult Validate(string? name, TableStoreOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
