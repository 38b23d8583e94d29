using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PainDrip.Functions.Console.SignIn;

public static class SignInServiceCollectionExtensions
{
    /// <summary>The console's own Entra ID sign-in: signed cookies, the tenant's cached OpenID configuration and keys
    /// (refreshed by <see cref="ConfigurationManager{T}"/>), and the flow.</summary>
    public static IServiceCollection AddConsoleSignIn(this IServiceCollection services)
    {
        services.AddHttpClient(EntraSignIn.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<SignedCookie>();
        services.AddSingleton<ConsoleSessions>();
        services.AddSingleton<EntraSignIn>();
        services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(provider =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                provider.GetRequiredService<IOptions<ConsoleOptions>>().Value.Entra.MetadataAddress,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(provider.GetRequiredService<IHttpClientFactory>().CreateClient(EntraSignIn.HttpClientName))
                {
                    RequireHttps = true,
                }));
        return services;
    }
}
