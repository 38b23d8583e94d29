using System.IO.Compression;
using System.Net;
using System.Text.Json;
using PainDrip.Functions.Standalone;
using PainDrip.Functions.Tests.Support;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>The package infra/publish.sh builds, checked the way the Functions host will read it, and started standalone.</summary>
public sealed class PublishTests(PublishFixture publish) : IClassFixture<PublishFixture>
{
    // The function names and triggers are the contract (DESIGN.md section 3): name, trigger, methods, route, auth level.
    public static TheoryData<string, string, string, string> HttpFunctions => new()
    {
        { "SignupPage", "get", "signup", "Anonymous" },
        { "Health", "get", "health", "Anonymous" },
        { "Enroll", "post", "enroll", "Anonymous" },
        { "Confirm", "get,post", "confirm", "Anonymous" },
        { "Unsubscribe", "get,post", "unsubscribe", "Anonymous" },
        { "ProcessReply", "post", "inbound", "Anonymous" },
        { "MailEvents", "post", "mail-events", "Anonymous" },
        { "Export", "get,post", "export", "Function" },
        { "Erase", "post", "erase", "Function" },
        { "CoachQueue", "get", "coach-queue", "Function" },
        { "DemoAdvance", "post", "dev/advance", "Function" },
        { "Preferences", "get", "preferences", "Anonymous" },
        { "ChangePreferences", "post", "preferences", "Anonymous" },
        { "Privacy", "get", "privacy", "Anonymous" },
        // The coach console checks the coach itself (the host cannot: see infra/README.md, Coach console sign-in).
        { "ConsoleQueue", "get", "console", "Anonymous" },
        { "ConsolePerson", "get", "console/person", "Anonymous" },
        { "ConsoleOutcomes", "get", "console/outcomes", "Anonymous" },
        { "ConsoleOutcomesCsv", "get", "console/outcomes.csv", "Anonymous" },
        { "ConsoleAnswer", "post", "console/answer", "Anonymous" },
        { "ConsoleAction", "post", "console/action", "Anonymous" },
        // The console's own Entra ID sign-in (no App Service Authentication on Flex Consumption).
        { "ConsoleSignIn", "get", "console/signin", "Anonymous" },
        { "ConsoleSignInCallback", "get", "console/signin/callback", "Anonymous" },
        { "ConsoleSignOut", "post", "console/signout", "Anonymous" },
    };

    [Fact]
    public void FunctionsMetadata_Package_ListsExactlyTheContractFunctions()
    {
        var names = Metadata().Select(function => function.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["ChangePreferences", "CoachDigest", "CoachQueue", "Confirm", "ConsoleAction", "ConsoleAnswer", "ConsoleOutcomes",
             "ConsoleOutcomesCsv", "ConsolePerson", "ConsoleQueue", "ConsoleSignIn", "ConsoleSignInCallback", "ConsoleSignOut", "DemoAdvance", "Enroll", "Erase", "Export", "Health", "MailEvents",
             "Preferences", "Privacy", "ProcessReply", "SendDueLessons", "SignupPage", "Unsubscribe"],
            names);
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void FunctionsMetadata_HttpFunction_HasTriggerMethodsRouteAndAuthLevel(string name, string methods, string route, string authLevel)
    {
        var trigger = Trigger(name);

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(methods.Split(','), trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void FunctionsMetadata_SendDueLessons_IsTimerOnSendScheduleSetting()
    {
        var trigger = Trigger("SendDueLessons");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%SendSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void FunctionsMetadata_CoachDigest_IsTimerOnCoachDigestScheduleSetting()
    {
        var trigger = Trigger("CoachDigest");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%CoachDigestSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void FunctionsMetadata_StandaloneCatalog_SeesTheSameRoutesAsTheHost()
    {
        var fromMetadata = Metadata().Select(function => (function.GetProperty("name").GetString()!, Route(function)));

        var fromCatalog = FunctionCatalog.Read(typeof(Program).Assembly).Select(function => (function.Name, function.Http?.Route));

        Assert.Equal(fromMetadata.Order(), fromCatalog.Order());
    }

    [Fact]
    public void HostJson_Package_IsWorkerHostJsonWithApiPrefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.PackagePath, "host.json")));
        var root = host.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal(FunctionCatalog.RoutePrefix, root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal("00:30:00", root.GetProperty("functionTimeout").GetString());
        Assert.False(root.TryGetProperty("customHandler", out _));
    }

    [Fact]
    public void WorkerConfig_Package_RunsTheAssemblyWithDotnet()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.PackagePath, "worker.config.json")));
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("PainDrip.Functions.dll", description.GetProperty("defaultWorkerPath").GetString());
    }

    [Fact]
    public void Lessons_Package_HoldsEveryLessonFile()
    {
        var source = Path.Combine(RepoPaths.Root, "content", "lessons");
        var lessons = Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "README.md")
            .Select(path => Path.GetRelativePath(source, path))
            .ToList();

        Assert.True(lessons.Count > 10, $"only {lessons.Count} lessons in {source}");
        Assert.DoesNotContain(lessons, lesson => !File.Exists(Path.Combine(publish.PackagePath, "content", "lessons", lesson)));
    }

    [Fact]
    public void Zip_Package_HoldsTheWorkerFiles()
    {
        using var zip = ZipFile.OpenRead(publish.ZipPath);

        Assert.All(["host.json", "functions.metadata", "worker.config.json", "PainDrip.Functions.dll"],
            name => Assert.NotNull(zip.GetEntry(name)));
    }

    [Fact]
    public async Task PublishedApp_Standalone_ServesSignupAndReportsUnreachableStorage()
    {
        using var tables = new HeldPort();
        await using var app = PublishedApp.Start(publish.PackagePath, FreePort.Next(), [StandaloneMode.Flag], CompleteSettings(tables.Port));

        using var health = await app.WaitForAnswerAsync("api/health", TimeSpan.FromSeconds(60));
        Assert.True(health is not null, "no HTTP answer within 60 s:\n" + app.Output);
        using var signup = await app.Client.GetAsync("api/signup");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"tableStorage\":\"unreachable\"", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, signup.StatusCode);
    }

    [Fact]
    public async Task PublishedApp_StandaloneWithoutSettings_StopsNamingWhatIsMissing()
    {
        await using var app = PublishedApp.Start(publish.PackagePath, FreePort.Next(), [StandaloneMode.Flag], new Dictionary<string, string>());

        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode is not null and not 0, $"exit code {exitCode}:\n{app.Output}");
        Assert.Contains("LinkSigningOptions", app.Output);
    }

    [Fact]
    public async Task PublishedApp_NoSwitch_RunsAsWorkerAndServesNoHttpWithoutAHost()
    {
        using var tables = new HeldPort();
        await using var app = PublishedApp.Start(publish.PackagePath, FreePort.Next(), [], CompleteSettings(tables.Port));

        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

        // A worker needs the host's gRPC endpoint; without it, it stops rather than guessing standalone mode.
        Assert.True(exitCode is not null and not 0, $"exit code {exitCode}:\n{app.Output}");
        Assert.Contains("HostEndpoint", app.Output);
    }

    private static Dictionary<string, string> CompleteSettings(int tablePort) => new()
    {
        ["TableStorageOptions__ConnectionString"] =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteFixture.AccountKey};TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;",
        ["EmailOptions__FromAddress"] = "coach@paindrip.test",
        ["EmailOptions__InboundDomain"] = "in.paindrip.test",
        ["EmailOptions__PostalAddress"] = "PainDrip, 1 Test Street, Testville",
        ["EmailOptions__PublicBaseUrl"] = "https://paindrip.test",
        ["LinkSigningOptions__Secret"] = "publish-test-secret-long-enough-0123456789abcdef",
        ["SmtpOptions__Host"] = "127.0.0.1",
        ["SmtpOptions__Port"] = "1025",
        ["InboundOptions__Secret"] = "publish-test-inbound-secret",
    };

    private static string? Route(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray()
            .Where(binding => binding.GetProperty("type").GetString() == "httpTrigger")
            .Select(binding => binding.GetProperty("route").GetString())
            .SingleOrDefault();

    private JsonElement Trigger(string name) =>
        Assert.Single(
            Metadata().Single(function => function.GetProperty("name").GetString() == name).GetProperty("bindings").EnumerateArray(),
            binding => binding.GetProperty("direction").GetString() == "In");

    private List<JsonElement> Metadata()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.PackagePath, "functions.metadata")));
        return [.. document.RootElement.EnumerateArray().Select(function => function.Clone())];
    }
}
