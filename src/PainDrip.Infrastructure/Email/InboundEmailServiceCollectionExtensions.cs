using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainDrip.Infrastructure.Email.Events;
using PainDrip.Infrastructure.Email.Inbound;

namespace PainDrip.Infrastructure.Email;

/// <summary>Registers inbound mail decoding and delivery-event handling.</summary>
public static class InboundEmailServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="InboundOptions"/> and <see cref="EventWebhookOptions"/> (section = class name) and registers
    /// <see cref="InboundParseReader"/>, <see cref="EventWebhookVerifier"/>, <see cref="EventWebhookParser"/> and
    /// <see cref="MailEventProcessor"/>. The processor needs <c>ISuppressionList</c> and <c>IMailEventLedger</c> from the storage registrations.
    /// </summary>
    public static IServiceCollection AddPainDripInboundEmail(this IServiceCollection services)
    {
        services.AddOptions<InboundOptions>()
            .BindConfiguration(nameof(InboundOptions))
            .Validate(o => o.MaxBodyBytes > 0, "InboundOptions.MaxBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<EventWebhookOptions>()
            .BindConfiguration(nameof(EventWebhookOptions))
            .Validate(o => o.MaxAge > TimeSpan.Zero, "EventWebhookOptions.MaxAge must be positive.")
            .Validate(o => EventWebhookVerifier.IsUsablePublicKey(o.PublicKey), "EventWebhookOptions.PublicKey is not a base64 P-256 public key.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InboundParseReader>();
        services.TryAddSingleton<EventWebhookVerifier>();
        services.TryAddSingleton<EventWebhookParser>();
        services.TryAddScoped<MailEventProcessor>();
        return services;
    }
}
