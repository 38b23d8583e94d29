using Microsoft.Extensions.DependencyInjection.Extensions;
using PainDrip.Core.Ports;
using PainDrip.Core.Replies;
using PainDrip.Functions.Jobs;
using PainDrip.Functions.Services;
using PainDrip.Infrastructure.Email;

namespace PainDrip.Functions.Extensions;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Program mail: the mailer, reply processing, the lesson timer and the inbound
    /// webhooks. Needs the stores (enrollments, due index, ledgers, inbox, progress, coach queue, suppressions).
    /// </summary>
    public static IServiceCollection AddPainDripMail(this IServiceCollection services)
    {
        services.AddPainDripInboundEmail();
        services.AddOptions<SchedulerOptions>()
            .BindConfiguration(nameof(SchedulerOptions))
            .Validate(o => o.TimeBudget > TimeSpan.Zero, "SchedulerOptions.TimeBudget must be positive.")
            .Validate(o => o.BatchSize > 0, "SchedulerOptions.BatchSize must be positive.")
            .Validate(o => o.RetryInboxAfter >= TimeSpan.Zero, "SchedulerOptions.RetryInboxAfter must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<IReplyReader>(ReplyReader.Instance);
        services.AddScoped<IProgramMailer, ProgramMailer>();
        services.AddScoped<ReplyProcessor>();
        services.AddSingleton<SenderCheck>();
        services.AddScoped<SafetyHoldService>();
        services.AddScoped<ILessonScheduler, LessonScheduler>();
        return services;
    }
}
