using Cronos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using PainDrip.Functions.Standalone;

namespace PainDrip.Functions.Tests.Standalone;

public sealed class FunctionCatalogTests
{
    private static readonly IReadOnlyList<FunctionEntry> Functions = FunctionCatalog.Read(typeof(Program).Assembly);

    [Fact]
    public void Read_FunctionsAssembly_EachFunctionHasExactlyOneTrigger()
    {
        Assert.Equal(25, Functions.Count);
        Assert.DoesNotContain(Functions, function => (function.Http is null) == (function.Timer is null));
    }

    [Fact]
    public void Read_HttpFunctions_ServedUnderApiPrefix()
    {
        var paths = Functions.Where(function => function.Http is not null).ToDictionary(function => function.Name, function => function.Path);

        Assert.Equal("/api/signup", paths["SignupPage"]);
        Assert.Equal("/api/inbound", paths["ProcessReply"]);
        Assert.Equal("/api/dev/advance", paths["DemoAdvance"]);
        Assert.Equal("/api/console/signin/callback", paths["ConsoleSignInCallback"]);
    }

    [Fact]
    public void Read_KeyedFunctions_AreTheOperatorsAndTheTimer()
    {
        var keyed = Functions.Where(function => function.NeedsKey).Select(function => function.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["CoachDigest", "CoachQueue", "DemoAdvance", "Erase", "Export", "SendDueLessons"], keyed);
    }

    [Fact]
    public void Schedule_SettingToken_ReadFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("SendSchedule", "0 */15 * * * *")]).Build();

        var schedule = StandaloneTimers.Schedule("%SendSchedule%", configuration);

        var next = schedule.GetNextOccurrence(new DateTime(2026, 3, 2, 10, 7, 30, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 3, 2, 10, 15, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void Schedule_FiveFields_ReadAsStandardCron()
    {
        var schedule = StandaloneTimers.Schedule("30 6 * * *", new ConfigurationBuilder().Build());

        Assert.Equal(new DateTime(2026, 3, 3, 6, 30, 0, DateTimeKind.Utc),
            schedule.GetNextOccurrence(new DateTime(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Schedule_SettingMissing_FailsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StandaloneTimers.Schedule("%SendSchedule%", new ConfigurationBuilder().Build()));

        Assert.Contains("SendSchedule", error.Message);
    }

    [Fact]
    public void SendSchedule_AppDefault_EveryFifteenMinutes()
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .Build();

        var schedule = StandaloneTimers.Schedule(Timer("SendDueLessons").Schedule, settings);

        var from = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(
            [from.AddMinutes(15), from.AddMinutes(30), from.AddMinutes(45), from.AddMinutes(60)],
            schedule.GetOccurrences(from, from.AddHours(1), fromInclusive: false, toInclusive: true));
    }

    private static TimerTriggerAttribute Timer(string name) => Functions.Single(function => function.Name == name).Timer!;
}
