using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Support;

/// <summary>
/// The app with substituted ports (<see cref="PainDripAppFactory"/>), plus a substituted <see cref="IProgramMailer"/>
/// and a clock fixed at a weekday morning in London, for the sign-up, confirm and unsubscribe tests.
/// </summary>
public sealed class EnrollmentApp : IAsyncDisposable
{
    /// <summary>Monday 10 March 2025, 10:00 in London: daytime, so a welcome is due at once.</summary>
    public static readonly Instant Now = Instant.FromUtc(2025, 3, 10, 10, 0);

    private int _clients;

    public EnrollmentApp(IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        App = Ports.WithWebHostBuilder(builder =>
        {
            // The test clients stand for distinct networks through X-Forwarded-For, as one trusted proxy would report them.
            builder.UseSetting("EnrollmentOptions:TrustedProxyCount", "1");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IProgramMailer>().AddSingleton(ProgramMailer);
                services.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(Time);
            });
            configure?.Invoke(builder);
        });
        // Stores and the mailer answer as the real ones do on success.
        Ports.Enrollments.AddAsync(default!, default!, default, default).ReturnsForAnyArgs(
            call => new EnrollmentRecord(call.Arg<Enrollment>(), call.Arg<Contact>(), call.Arg<Instant>(), "etag-1"));
        Ports.Enrollments.SaveAsync(default!, default).ReturnsForAnyArgs(call => call.Arg<EnrollmentRecord>() with { ETag = "etag-2" });
        ProgramMailer.SendAsync(default!, default!, default!, default).ReturnsForAnyArgs(call =>
        {
            var record = call.Arg<EnrollmentRecord>();
            return record with { Enrollment = Planner.RecordSent(record.Enrollment, call.Arg<PlannedEmail>(), Now), ETag = "etag-3" };
        });
    }

    public PainDripAppFactory Ports { get; } = new();
    public IProgramMailer ProgramMailer { get; } = Substitute.For<IProgramMailer>();
    public FixedTimeProvider Time { get; } = new(Now.ToDateTimeOffset());
    public WebApplicationFactory<Program> App { get; }

    public LinkTokens Tokens => App.Services.GetRequiredService<LinkTokens>();

    public ProgramPlanner Planner => App.Services.GetRequiredService<ProgramPlanner>();

    /// <summary>A client that looks like a new network address, so tests do not share a rate-limit window.</summary>
    public HttpClient CreateClient()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{Interlocked.Increment(ref _clients)}");
        return client;
    }

    /// <summary>A scoped service as the app builds it.</summary>
    public T Service<T>() where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>A stored record as the store would return it after sign-up.</summary>
    public static EnrollmentRecord PendingRecord(string id = "0f8fad5bd9cb469fa16570867728950e", string email = "sam@example.com")
    {
        IntakeReader.TryRead(SignupJson(email: email), out var request, out _);
        return new EnrollmentRecord(Enrollment.FromRequest(id, request!), new Contact(email, "Sam"), Now, "etag-1");
    }

    /// <summary>A valid sign-up, with any field replaced.</summary>
    public static string SignupJson(
        string email = "sam@example.com", string firstName = "Sam", string timeZone = "Europe/London", int painNow = 5,
        bool consent = true, params string[] redFlags)
    {
        var body = new JsonObject
        {
            ["email"] = email,
            ["firstName"] = firstName,
            ["timeZone"] = timeZone,
            ["sendHour"] = 8,
            ["consent"] = consent,
            ["profile"] = new JsonObject
            {
                ["areas"] = new JsonArray("between_shoulder_blades"),
                ["side"] = "both",
                ["dominantHand"] = "right",
                ["onset"] = "2025-03-01",
                ["painNow"] = painNow,
                ["severity"] = "moderate",
                ["triggers"] = new JsonArray("desk_posture"),
                ["redFlags"] = new JsonArray([.. redFlags.Select(f => (JsonNode)f)]),
            },
        };
        return body.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Ports.DisposeAsync();
    }
}
