using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>The app settings in infra/main.bicep against the settings the app reads.</summary>
public sealed class AppSettingsTests
{
    private static readonly string BicepPath = Path.Combine(RepoPaths.Root, "infra", "main.bicep");

    // Set in Azure, read by the platform rather than by an options class.
    private static readonly string[] PlatformOnly =
    [
        "FUNCTIONS_EXTENSION_VERSION",           // Functions runtime version (not used on Flex, allowed if added)
        "APPLICATIONINSIGHTS_CONNECTION_STRING", // the host's telemetry
        "AzureWebJobsStorage__*",                // the host's own storage, identity-based
    ];

    // Read by the app, deliberately absent in Azure.
    private static readonly string[] LocalOnly =
    [
        "SmtpOptions__*",                          // maildev / SMTP relay; Azure sends through SendGrid
        "TableStorageOptions__ConnectionString",   // Azurite; Azure uses TableStorageOptions__Endpoint + managed identity
        "OperatorOptions__*",                      // guards operator functions in standalone mode; in Azure the host checks function keys
        "PAINDRIP_STANDALONE",                     // standalone mode (no Functions host); never in Azure
        "TableClientOptions__*",                   // Azure.Core client options built in code, never bound from settings
    ];

    [Fact]
    public void OptionsClasses_FunctionsApp_IncludeTableStorageOptions()
    {
        var names = AppSettingsCatalog.OptionsClasses().Select(type => type.Name);

        Assert.Contains("TableStorageOptions", names);
    }

    [Fact]
    public void AppSettings_ReadByApp_EachHasBicepEntry()
    {
        var bicep = BicepAppSettings.Read(BicepPath).Keys.ToHashSet(StringComparer.Ordinal);

        var missing = ReadByApp().Where(key => !bicep.Contains(key) && !Matches(LocalOnly, key)).Order();

        Assert.Empty(missing);
    }

    [Fact]
    public void AppSettings_InBicep_EachReadByApp()
    {
        var read = ReadByApp();

        var unread = BicepAppSettings.Read(BicepPath).Keys.Where(key => !read.Contains(key) && !Matches(PlatformOnly, key)).Order();

        Assert.Empty(unread);
    }

    [Fact]
    public void AppSettings_Secrets_AreKeyVaultReferences()
    {
        var secrets = BicepAppSettings.Read(BicepPath)
            .Where(setting => setting.Key.EndsWith("__Secret", StringComparison.Ordinal) || setting.Key.EndsWith("__ApiKey", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, setting => Assert.StartsWith("keyVault.outputs.references.", setting.Value));
    }

    [Fact]
    public void AppSettings_InBicep_HoldNoAccountKeysOrConnectionStrings()
    {
        var settings = BicepAppSettings.Read(BicepPath);

        Assert.DoesNotContain(settings, setting => setting.Key.Contains("ConnectionString", StringComparison.Ordinal)
            && setting.Key != "APPLICATIONINSIGHTS_CONNECTION_STRING");
        Assert.DoesNotContain(settings, setting => setting.Value.Contains("listKeys", StringComparison.Ordinal));
    }

    [Fact]
    public void AppSettings_TimerSchedule_DefaultsToEveryQuarterHour()
    {
        var bicep = File.ReadAllText(BicepPath);

        Assert.Equal("sendSchedule", BicepAppSettings.Read(BicepPath)["SendSchedule"]);
        Assert.Contains("param sendSchedule string = '0 */15 * * * *'", bicep);
    }

    [Fact]
    public void Runtime_FlexConsumption_IsDotnetIsolatedTen()
    {
        var bicep = File.ReadAllText(BicepPath);

        Assert.Matches(@"runtime: \{\s*name: 'dotnet-isolated'\s*version: '10.0'\s*\}", bicep);
    }

    private static HashSet<string> ReadByApp()
    {
        var keys = AppSettingsCatalog.OptionsKeys().ToHashSet(StringComparer.Ordinal);
        keys.UnionWith(AppSettingsCatalog.TriggerTokens());
        keys.Add(PainDrip.Functions.Standalone.StandaloneMode.Setting);
        return keys;
    }

    private static bool Matches(IEnumerable<string> patterns, string key) =>
        patterns.Any(pattern => pattern.EndsWith('*')
            ? key.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : key == pattern);
}
