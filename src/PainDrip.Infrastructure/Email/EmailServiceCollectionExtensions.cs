using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Addresses;
using PainDrip.Infrastructure.Email.Composition;
using PainDrip.Infrastructure.Email.Sending;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LinkTokens"/>, <see cref="EmailComposer"/>, the <see cref="IAddressParser"/> and an <see cref="IMailSender"/>:
    /// SendGrid when <c>SendGridOptions:ApiKey</c> is set, otherwise SMTP. Options are validated at start-up.
    /// </summary>
    public static IServiceCollection AddPainDripEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        AddValidated<EmailOptions>(services, configuration, o => o.Problems());
        AddValidated<LinkSigningOptions>(services, configuration, o => o.HasStrongSecret
            ? []
            : [$"{nameof(LinkSigningOptions.Secret)} must be at least {LinkSigningOptions.MinimumSecretBytes} bytes."]);
        services.TryAddSingleton<LinkTokens>();
        services.TryAddSingleton<EmailComposer>();
        services.TryAddSingleton<IAddressParser, MimeAddressParser>();

        if (!string.IsNullOrWhiteSpace(configuration[$"{nameof(SendGridOptions)}:{nameof(SendGridOptions.ApiKey)}"]))
        {
            AddValidated<SendGridOptions>(services, configuration, o => o.Problems());
            services.TryAddSingleton<SendGridRateGate>();
            services.AddHttpClient<IMailSender, SendGridMailSender>((provider, http) =>
                http.Timeout = provider.GetRequiredService<IOptions<SendGridOptions>>().Value.RequestTimeout);
        }
        else
        {
            AddValidated<SmtpOptions>(services, configuration, o => o.Problems());
            services.TryAddSingleton<IMailSender, SmtpMailSender>();
        }
        return services;
    }

    private static void AddValidated<T>(IServiceCollection services, IConfiguration configuration, Func<T, IEnumerable<string>> problems)
        where T : class
    {
        services.AddOptions<T>()
            .Bind(configuration.GetSection(typeof(T).Name))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new ProblemsValidator<T>(problems));
    }

    private sealed class ProblemsValidator<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var found = problems(options).Select(p => $"{typeof(T).Name}: {p}").ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
