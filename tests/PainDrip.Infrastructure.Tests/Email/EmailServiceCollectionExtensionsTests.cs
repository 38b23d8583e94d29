using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email;
using PainDrip.Infrastructure.Email.Addresses;
using PainDrip.Infrastructure.Email.Composition;
using PainDrip.Infrastructure.Email.Sending;

namespace PainDrip.Infrastructure.Tests.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["EmailOptions:FromAddress"] = "coach@paindrip.example",
        ["EmailOptions:InboundDomain"] = "reply.paindrip.example",
        ["EmailOptions:PostalAddress"] = "1 Example Street",
        ["EmailOptions:PublicBaseUrl"] = "https://paindrip.example",
        ["LinkSigningOptions:Secret"] = EmailTestData.Secret,
    };

    [Fact]
    public void AddPainDripEmail_ApiKeySet_UsesSendGrid()
    {
        using var provider = Build(new() { ["SendGridOptions:ApiKey"] = "SG.key", ["SendGridOptions:SandboxMode"] = "true" });

        Assert.IsType<SendGridMailSender>(provider.GetRequiredService<IMailSender>());
        Assert.True(provider.GetRequiredService<IOptions<SendGridOptions>>().Value.SandboxMode);
        Assert.NotNull(provider.GetRequiredService<EmailComposer>());
    }

    [Fact]
    public void AddPainDripEmail_NoApiKey_UsesSmtp()
    {
        using var provider = Build(new() { ["SmtpOptions:Port"] = "2525" });

        Assert.IsType<SmtpMailSender>(provider.GetRequiredService<IMailSender>());
        Assert.Equal(2525, provider.GetRequiredService<IOptions<SmtpOptions>>().Value.Port);
        Assert.IsType<MimeAddressParser>(provider.GetRequiredService<IAddressParser>());
    }

    [Theory]
    [InlineData("LinkSigningOptions:Secret", "short", "LinkSigningOptions")]
    [InlineData("EmailOptions:PostalAddress", "", "PostalAddress")]
    [InlineData("EmailOptions:PublicBaseUrl", "paindrip.example", "PublicBaseUrl")]
    [InlineData("SmtpOptions:Port", "0", "Port")]
    public void AddPainDripEmail_BadSetting_FailsAtStartUp(string key, string value, string named)
    {
        using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>(Valid);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddPainDripEmail(configuration).BuildServiceProvider();
    }
}
