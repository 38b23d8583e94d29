using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Tests.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableStorageServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddTableStorage(configuration);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddTableStorage_ConnectionString_RegistersClientForItsEndpoint()
    {
        using var provider = Build(new() { ["TableStorageOptions:ConnectionString"] = "UseDevelopmentStorage=true" });

        var client = provider.GetRequiredService<TableServiceClient>();

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), client.Uri);
        Assert.NotNull(provider.GetRequiredService<TableStorageHealth>());
    }

    [Fact]
    public void AddTableStorage_Endpoint_UsesTheRegisteredTokenCredential()
    {
        using var provider = Build(
            new() { ["TableStorageOptions:Endpoint"] = "https://paindrip.table.core.windows.net" },
            services => services.AddSingleton(Substitute.For<TokenCredential>()));

        Assert.Equal("paindrip.table.core.windows.net", provider.GetRequiredService<TableServiceClient>().Uri.Host);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("UseDevelopmentStorage=true", "https://x.table.core.windows.net")]
    [InlineData("AccountName=x", null)]
    [InlineData(null, "http://insecure.example")]
    [InlineData("AccountName=x;AccountKey=not base64!;TableEndpoint=http://127.0.0.1:1/x", null)]
    public void AddTableStorage_BadSettings_FailStartupValidation(string? connectionString, string? endpoint)
    {
        using var provider = Build(new()
        {
            ["TableStorageOptions:ConnectionString"] = connectionString,
            ["TableStorageOptions:Endpoint"] = endpoint,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(typeof(TableStorageOptions), error.OptionsType);
        Assert.NotEmpty(error.Failures);
    }

    [Fact]
    public void AddTableStorage_GoodSettings_PassStartupValidation()
    {
        using var provider = Build(new() { ["TableStorageOptions:ConnectionString"] = "UseDevelopmentStorage=true" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("UseDevelopmentStorage=true", provider.GetRequiredService<IOptions<TableStorageOptions>>().Value.ConnectionString);
    }

    [Fact]
    public void AddTableStorage_UnreadableConnectionString_FailsWithoutQuotingIt()
    {
        using var provider = Build(new() { ["TableStorageOptions:ConnectionString"] = "AccountName=x;AccountKey=c2VjcmV0LWtleQ==;c2VjcmV0LWtleQ" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("TableStorageOptions:ConnectionString", error.Message);
        Assert.DoesNotContain("c2VjcmV0", error.Message);
    }

    [Fact]
    public async Task ClientOptions_StorageUnreachableTwice_RetriesUntilTheRequestGoesThrough()
    {
        var handler = new FlakyHandler(failures: 2);

        await Service(handler).CreateTableIfNotExistsAsync(azurite.NewTableName("retry"));

        Assert.Equal(3, handler.Requests);
    }

    [Fact]
    public async Task ClientOptions_Conflict_IsNotRetried()
    {
        var handler = new FlakyHandler(failures: 0);
        var table = Service(handler).GetTableClient(azurite.NewTableName("retry"));
        await table.CreateAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal((409, 3), (error.Status, handler.Requests));
    }

    private TableServiceClient Service(FlakyHandler handler)
    {
        var options = TableStorageServiceCollectionExtensions.ClientOptions();
        options.Transport = new HttpClientTransport(new HttpClient(handler));
        return new TableServiceClient(azurite.ConnectionString, options);
    }
}
