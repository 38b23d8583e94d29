using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email;
using PainDrip.Infrastructure.Email.Events;
using PainDrip.Infrastructure.Email.Inbound;

namespace PainDrip.Infrastructure.Tests.Email;

public sealed class InboundEmailServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPainDripInboundEmail_SectionsNamedAfterOptions_BindsAndResolves()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var provider = Build(new()
        {
            ["InboundOptions:Secret"] = "abc",
            ["InboundOptions:MaxBodyBytes"] = "1000",
            ["EventWebhookOptions:PublicKey"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
            ["EventWebhookOptions:MaxAge"] = "00:05:00",
        });
        using var scope = provider.CreateScope();

        Assert.Equal(1000, provider.GetRequiredService<IOptions<InboundOptions>>().Value.MaxBodyBytes);
        Assert.Equal(TimeSpan.FromMinutes(5), provider.GetRequiredService<IOptions<EventWebhookOptions>>().Value.MaxAge);
        Assert.NotNull(provider.GetRequiredService<InboundParseReader>());
        Assert.NotNull(provider.GetRequiredService<EventWebhookVerifier>());
        Assert.NotNull(provider.GetRequiredService<EventWebhookParser>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<MailEventProcessor>());
    }

    [Fact]
    public void AddPainDripInboundEmail_PublicKeyNotP256_FailsValidation()
    {
        using var provider = Build(new() { ["EventWebhookOptions:PublicKey"] = "bm90IGEga2V5" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EventWebhookOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(Substitute.For<ISuppressionList>());
        services.AddSingleton(Substitute.For<IMailEventLedger>());
        services.AddPainDripInboundEmail();
        return services.BuildServiceProvider();
    }
}
