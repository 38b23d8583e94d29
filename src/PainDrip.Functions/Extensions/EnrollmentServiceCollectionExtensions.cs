using PainDrip.Functions.Services;

namespace PainDrip.Functions.Extensions;

public static class EnrollmentServiceCollectionExtensions
{
    /// <summary>Sign-up, confirmation and unsubscribe services, their options, and the per-client sign-up rate limit.</summary>
    /// <remarks>Needs the ports (<c>IEnrollmentStore</c>, <c>IDueIndex</c>, <c>IProgressLog</c>, <c>ISuppressionList</c>,
    /// <c>IProgramMailer</c>) from the storage and mail registrations.</remarks>
    public static IServiceCollection AddEnrollment(this IServiceCollection services)
    {
        services.AddOptions<EnrollmentOptions>()
            .BindConfiguration(nameof(EnrollmentOptions))
            .Validate(o => o.IsValid, $"{nameof(EnrollmentOptions)}: PermitLimit, Window and MaxBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddScoped<EnrollmentService>();
        services.AddScoped<ConfirmationService>();
        services.AddScoped<UnsubscribeService>();
        services.AddSingleton<SignupRateLimiter>();
        return services;
    }
}
