using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.Support;

/// <summary>
/// The real app through the real ASP.NET Core pipeline, in memory, with every storage and mail port
/// swapped for an NSubstitute substitute the test can arrange and check.
/// </summary>
public sealed class PainDripAppFactory : WebApplicationFactory<Program>
{
    public IEnrollmentStore Enrollments { get; } = Substitute.For<IEnrollmentStore>();
    public IDueIndex DueIndex { get; } = Substitute.For<IDueIndex>();
    public IDeliveryLedger Deliveries { get; } = Substitute.For<IDeliveryLedger>();
    public IInbox Inbox { get; } = Substitute.For<IInbox>();
    public IProgressLog Progress { get; } = Substitute.For<IProgressLog>();
    public ICoachQueue CoachQueue { get; } = Substitute.For<ICoachQueue>();
    public ISuppressionList Suppressions { get; } = Substitute.For<ISuppressionList>();
    public IMailEventLedger MailEvents { get; } = Substitute.For<IMailEventLedger>();
    public IMailSender Mail { get; } = Substitute.For<IMailSender>();
    public IPersonJournal Journal { get; } = Substitute.For<IPersonJournal>();
    public IProviderConfirmations Confirmations { get; } = Substitute.For<IProviderConfirmations>();

    /// <summary>Settings every test starts from (the same names the app reads in Azure).</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["TableStorageOptions:ConnectionString"] = "UseDevelopmentStorage=true",
        ["EmailOptions:FromAddress"] = "coach@paindrip.test",
        ["EmailOptions:InboundDomain"] = "in.paindrip.test",
        ["EmailOptions:PostalAddress"] = "PainDrip, 1 Test Street, Testville",
        ["EmailOptions:PublicBaseUrl"] = "https://paindrip.test",
        ["LinkSigningOptions:Secret"] = "tests-only-secret-that-is-long-enough-0123456789",
        ["SmtpOptions:Host"] = "127.0.0.1",
        ["SmtpOptions:Port"] = "1025",
        ["InboundOptions:Secret"] = "tests-inbound-secret",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IEnrollmentStore>().AddSingleton(Enrollments);
            services.RemoveAll<IDueIndex>().AddSingleton(DueIndex);
            services.RemoveAll<IDeliveryLedger>().AddSingleton(Deliveries);
            services.RemoveAll<IInbox>().AddSingleton(Inbox);
            services.RemoveAll<IProgressLog>().AddSingleton(Progress);
            services.RemoveAll<ICoachQueue>().AddSingleton(CoachQueue);
            services.RemoveAll<ISuppressionList>().AddSingleton(Suppressions);
            services.RemoveAll<IMailEventLedger>().AddSingleton(MailEvents);
            services.RemoveAll<IMailSender>().AddSingleton(Mail);
            services.RemoveAll<IPersonJournal>().AddSingleton(Journal);
            services.RemoveAll<IProviderConfirmations>().AddSingleton(Confirmations);
        });
    }
}
