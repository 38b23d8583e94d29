using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class StoresServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private ServiceProvider Build(string prefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TableStorageOptions:ConnectionString"] = azurite.ConnectionString,
            ["TableStoreOptions:TablePrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTableStorage(configuration)
            .Configure<LinkSigningOptions>(o => o.Secret = "stores-test-secret-stores-test-secret-0123");
        return services.AddPainDripStores().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public void AddPainDripStores_RegistersEveryPortAndTheSetup()
    {
        using var provider = Build("d" + Guid.NewGuid().ToString("N")[..8]);

        Assert.IsType<TableEnrollmentStore>(provider.GetRequiredService<IEnrollmentStore>());
        Assert.IsType<TableDueIndex>(provider.GetRequiredService<IDueIndex>());
        Assert.IsType<TableDeliveryLedger>(provider.GetRequiredService<IDeliveryLedger>());
        Assert.IsType<TableInbox>(provider.GetRequiredService<IInbox>());
        Assert.IsType<TableProgressLog>(provider.GetRequiredService<IProgressLog>());
        Assert.IsType<TableCoachQueue>(provider.GetRequiredService<ICoachQueue>());
        Assert.IsType<TableSuppressionList>(provider.GetRequiredService<ISuppressionList>());
        Assert.IsType<TableMailEventLedger>(provider.GetRequiredService<IMailEventLedger>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is TableSetup);
        Assert.Equal(
            ["CoachQueue", "Deliveries", "Enrollments", "Inbox", "Progress"],
            provider.GetServices<IPersonalData>().Select(p => p.Name).Order());
        Assert.Same(provider.GetRequiredService<IInbox>(), provider.GetServices<IPersonalData>().Single(p => p.Name == "Inbox"));
    }

    [Fact]
    public void AddPainDripStores_BadPrefix_FailsValidation()
    {
        using var provider = Build("bad-prefix");

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TableStoreOptions>>().Value);
    }

    [Fact]
    public async Task PersonalData_EveryStore_ExportsRowsAndEraseLeavesNothing()
    {
        using var provider = Build("e" + Guid.NewGuid().ToString("N")[..8]);
        var id = await FillEveryStoreAsync(provider);
        var stores = provider.GetServices<IPersonalData>().ToList();

        foreach (var store in stores)
        {
            Assert.NotEmpty(await store.ExportAsync(id, None));
            Assert.True(await store.EraseAsync(id, None) > 0, store.Name);
        }

        foreach (var store in stores)
        {
            Assert.Empty(await store.ExportAsync(id, None));
        }
    }

    private static async Task<string> FillEveryStoreAsync(IServiceProvider provider)
    {
        var at = StoreTestKit.Now;
        var added = await provider.GetRequiredService<IEnrollmentStore>().AddAsync(
            StoreTestKit.Enrollment(), new Contact("cy@example.org", "Cy"), at, None);
        var id = added.Id;
        await provider.GetRequiredService<IDeliveryLedger>().TryRecordAsync(new Delivery(id, "day-0", EmailKind.Welcome, "welcome", at), None);
        var reply = new InboundMessage("t", "cy@example.org", "Re", "Pain 2", null, null, false, null);
        var item = await provider.GetRequiredService<IInbox>().StoreAsync(id, reply, at, None);
        await provider.GetRequiredService<IProgressLog>().AppendAsync(id, new ProgressEntry(at, ProgressKind.Enrolled, Phase.Mobility), None);
        await provider.GetRequiredService<ICoachQueue>().AddAsync(
            new CoachQueueEntry(new CoachQueueItem(id, CoachQueueReason.Question, [], at + Duration.FromMinutes(1)), item.Id), None);
        return id;
    }
}
