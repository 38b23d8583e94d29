using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed class TableStorageServiceCollectionExtensionsTests
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

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), client.Endpoint);
        Assert.NotNull(provider.GetRequiredService<TableStorageHealth>());
    }

    [Fact]
    public void AddTableStorage_Endpoint_UsesTheRegisteredTokenCredential()
    {
        using var provider = Build(
            new() { ["TableStorageOptions:Endpoint"] = "https://paindrip.table.core.windows.net" },
            services => services.AddSingleton(Substitute.For<TokenCredential>()));

        Assert.Equal(new Uri("https://paindrip.table.core.windows.net"), provider.GetRequiredService<TableServiceClient>().Endpoint);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("UseDevelopmentStorage=true", "https://x.table.core.windows.net")]
    [InlineData("AccountName=x", null)]
    [InlineData(null, "http://insecure.example")]
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
}
