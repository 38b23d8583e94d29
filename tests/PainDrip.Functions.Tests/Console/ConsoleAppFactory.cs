using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;
using PainDrip.Functions.Console;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Console;

/// <summary>
/// The real app in memory (no loopback address: TestServer has no remote IP) with the console's ports substituted
/// and one open red-flag item from "Zelda", so a test can tell whether any data leaked into an answer.
/// </summary>
public sealed class ConsoleAppFactory(bool underFunctionsHost, ConsoleSignIn signIn, string coaches = "coach@clinic.test")
    : WebApplicationFactory<Program>
{
    public const string PersonId = "enr-zelda";
    public const string PersonName = "Zelda";

    public ICoachDesk Desk { get; } = Substitute.For<ICoachDesk>();
    public IEnrollmentStore Enrollments { get; } = Substitute.For<IEnrollmentStore>();
    public IEnrollmentDirectory Directory { get; } = Substitute.For<IEnrollmentDirectory>();
    public IProgressLog Progress { get; } = Substitute.For<IProgressLog>();
    public IMailSender Mail { get; } = Substitute.For<IMailSender>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in PainDripAppFactory.Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("ConsoleOptions:SignIn", signIn.ToString());
        builder.UseSetting("ConsoleOptions:Coaches", coaches);
        var record = Records.Enrollment(PersonId) with { Contact = new Contact("zelda@example.com", PersonName) };
        var entry = new CoachQueueEntry(new CoachQueueItem(PersonId, CoachQueueReason.RedFlag, [RedFlag.ChestPain], Instant.FromUtc(2026, 3, 3, 9, 0)), "inbox-1");
        var item = new CoachDeskItem("item-1", entry, ["inbox-1"], entry.Item.At, null);
        Desk.ListOpenAsync(default, default).ReturnsForAnyArgs([item]);
        Desk.ListForAsync(PersonId, Arg.Any<CancellationToken>()).Returns([item]);
        Enrollments.FindAsync(PersonId, Arg.Any<CancellationToken>()).Returns(record);
        Directory.ListAsync(default, default).ReturnsForAnyArgs([record]);
        Progress.ListAsync(default!, default).ReturnsForAnyArgs([]);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ConsoleHosting>().AddSingleton(new ConsoleHosting(underFunctionsHost));
            services.RemoveAll<ICoachDesk>().AddSingleton(Desk);
            services.RemoveAll<IEnrollmentStore>().AddSingleton(Enrollments);
            services.RemoveAll<IEnrollmentDirectory>().AddSingleton(Directory);
            services.RemoveAll<IProgressLog>().AddSingleton(Progress);
            services.RemoveAll<IDeliveryLedger>().AddSingleton(Substitute.For<IDeliveryLedger>());
            services.RemoveAll<IInbox>().AddSingleton(Substitute.For<IInbox>());
            services.RemoveAll<IMailSender>().AddSingleton(Mail);
        });
    }

    /// <summary>An App Service Authentication principal header naming <paramref name="user"/>.</summary>
    public static string Principal(string user) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
        $$"""{"auth_typ":"aad","claims":[{"typ":"name","val":"Someone"},{"typ":"preferred_username","val":"{{user}}"}],"name_typ":"name","role_typ":"roles"}"""));
}
