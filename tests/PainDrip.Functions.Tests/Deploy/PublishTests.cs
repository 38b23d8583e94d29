using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text.Json;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>The package infra/publish.sh builds, checked the way the Functions host will read it.</summary>
[UnsupportedOSPlatform("windows")] // a bash script building a linux-x64 package
public sealed class PublishTests(PublishFixture publish) : IClassFixture<PublishFixture>
{
    // The function names are the contract (DESIGN.md section 3).
    private static readonly string[] FunctionNames =
    [
        "CoachQueue", "Confirm", "Enroll", "Erase", "Export", "Health",
        "MailEvents", "ProcessReply", "SendDueLessons", "SignupPage", "Unsubscribe",
    ];

    [Fact]
    public void HostJson_DefaultExecutablePath_NamesExecutableFile()
    {
        var path = Path.Combine(publish.PackagePath, DefaultExecutablePath());

        Assert.True(File.Exists(path), $"{path} is missing");
        Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{path} is not executable");
    }

    [Fact]
    public void HostJson_CustomHandler_ForwardsHttpRequests()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.PackagePath, "host.json")));

        Assert.True(host.RootElement.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());
    }

    [Fact]
    public void FunctionFolders_Package_OnePerFunctionWithFunctionJson()
    {
        var folders = Directory.EnumerateDirectories(publish.PackagePath)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(FunctionNames, folders);
    }

    [Theory]
    [InlineData("SignupPage", "anonymous", "get", "signup")]
    [InlineData("Health", "anonymous", "get", "health")]
    [InlineData("Enroll", "anonymous", "post", "enroll")]
    [InlineData("Confirm", "anonymous", "get,post", "confirm")]
    [InlineData("Unsubscribe", "anonymous", "get,post", "unsubscribe")]
    [InlineData("ProcessReply", "anonymous", "post", "inbound")]
    [InlineData("MailEvents", "anonymous", "post", "mail-events")]
    [InlineData("Export", "function", "get,post", "export")]
    [InlineData("Erase", "function", "post", "erase")]
    [InlineData("CoachQueue", "function", "get", "coach-queue")]
    public void FunctionJson_HttpFunction_HasAuthLevelMethodsAndRoute(string name, string authLevel, string methods, string route)
    {
        using var function = ReadFunctionJson(name);
        var bindings = function.RootElement.GetProperty("bindings").EnumerateArray().ToList();
        var trigger = Assert.Single(bindings, binding => binding.GetProperty("direction").GetString() == "in");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
        Assert.Equal(methods.Split(','), trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        // Forwarding needs exactly an HTTP trigger plus an HTTP output.
        Assert.Contains(bindings, binding => binding.GetProperty("type").GetString() == "http"
            && binding.GetProperty("direction").GetString() == "out");
        Assert.Equal(2, bindings.Count);
    }

    [Fact]
    public void FunctionJson_SendDueLessons_IsTimerOnScheduleSetting()
    {
        using var function = ReadFunctionJson("SendDueLessons");
        var trigger = Assert.Single(function.RootElement.GetProperty("bindings").EnumerateArray());

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%SendDueLessonsSchedule%", trigger.GetProperty("schedule").GetString());
        Assert.False(trigger.GetProperty("runOnStartup").GetBoolean());
    }

    [Fact]
    public void Lessons_Package_HoldsEveryLessonFile()
    {
        var source = Path.Combine(RepoPaths.Root, "content", "lessons");
        var lessons = Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(source, path))
            .ToList();

        Assert.NotEmpty(lessons);
        Assert.All(lessons, lesson => Assert.True(File.Exists(Path.Combine(publish.PackagePath, "content", "lessons", lesson)), lesson));
    }

    [Fact]
    public void Zip_Executable_KeepsExecuteBit()
    {
        using var zip = ZipFile.OpenRead(publish.ZipPath);
        var entry = zip.GetEntry(DefaultExecutablePath());

        Assert.NotNull(entry);
        var mode = (UnixFileMode)((entry.ExternalAttributes >> 16) & 0x1FF);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"mode {mode}");
        Assert.NotNull(zip.GetEntry("host.json"));
        Assert.NotNull(zip.GetEntry("SendDueLessons/function.json"));
    }

    [Fact]
    public async Task Executable_OnlyCustomHandlerPortSet_AnswersHttpOnRoot()
    {
        await using var app = PublishedApp.Start(publish.PackagePath, DefaultExecutablePath(), FreePort.Next());

        // The host waits about 30 s for any HTTP answer on the root URL before it gives up.
        using var response = await app.WaitForRootAsync(TimeSpan.FromSeconds(30));

        Assert.True(response is not null, "no HTTP answer on / within 30 s:\n" + app.Output);
    }

    [Fact]
    public async Task Executable_OnlyCustomHandlerPortSet_AnswersTimerEnvelopeNamingMissingSettings()
    {
        await using var app = PublishedApp.Start(publish.PackagePath, DefaultExecutablePath(), FreePort.Next());
        using var ready = await app.WaitForRootAsync(TimeSpan.FromSeconds(30));
        Assert.True(ready is not null, "no HTTP answer on / within 30 s:\n" + app.Output);
        const string envelope = """
            {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},
             "Metadata":{"sys":{"MethodName":"SendDueLessons","UtcNow":"2026-11-21T10:00:00Z","RandGuid":"4b1f"}}}
            """;

        using var response = await app.Client.PostAsync("/SendDueLessons",
            new StringContent(envelope, System.Text.Encoding.UTF8, "application/json"));

        // No storage or mail settings: the invocation fails (non-2xx) and its log says what to set.
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, answer.RootElement.GetProperty("Outputs").ValueKind);
        var logs = answer.RootElement.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Contains(logs, line => line!.Contains("TableStorageOptions", StringComparison.Ordinal));
        Assert.Contains(logs, line => line!.Contains("LinkSigningOptions", StringComparison.Ordinal));
    }

    private string DefaultExecutablePath()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.PackagePath, "host.json")));
        return host.RootElement.GetProperty("customHandler").GetProperty("description")
            .GetProperty("defaultExecutablePath").GetString()!;
    }

    private JsonDocument ReadFunctionJson(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.PackagePath, name, "function.json")));
}
