using PainDrip.Functions.Standalone;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>The console's Entra ID sign-in settings in infra/main.bicep.</summary>
public sealed class ConsoleSignInBicepTests
{
    private static readonly string BicepPath = Path.Combine(RepoPaths.Root, "infra", "main.bicep");
    private static readonly IReadOnlyDictionary<string, string> Settings = BicepAppSettings.Read(BicepPath);

    [Fact]
    public void ClientSecret_Setting_IsKeyVaultReferenceOnlyWithAClientId()
    {
        Assert.Equal("empty(consoleClientId) ? '' : keyVault.outputs.references.consoleClientSecret", Settings["ConsoleOptions__Entra__ClientSecret"]);
    }

    [Fact]
    public void KeyVaultModule_ConsoleClientSecret_HasNameAndReference()
    {
        var vault = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "modules", "keyvault.bicep"));

        Assert.Contains("consoleClientSecret: 'console-client-secret'", vault);
        Assert.Contains("consoleClientSecret: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${secretNames.consoleClientSecret})'", vault);
    }

    [Theory]
    [InlineData("ConsoleOptions__Entra__TenantId", "consoleTenantId")]
    [InlineData("ConsoleOptions__Entra__ClientId", "consoleClientId")]
    [InlineData("ConsoleOptions__Entra__Instance", "consoleEntraInstance")]
    [InlineData("ConsoleOptions__Coaches", "consoleCoaches")]
    [InlineData("ConsoleOptions__SignIn", "consoleSignIn")]
    public void Setting_Entra_ComesFromItsParameter(string setting, string parameter)
    {
        Assert.Equal(parameter, Settings[setting]);
        Assert.Contains($"param {parameter} string", File.ReadAllText(BicepPath));
    }

    [Fact]
    public void RedirectUri_Setting_IsTheCallbackRouteOnTheBaseUrl()
    {
        var route = FunctionCatalog.Read(typeof(Program).Assembly).Single(f => f.Name == "ConsoleSignInCallback").Http!.Route;

        Assert.Equal("consoleSignInRedirectUri", Settings["ConsoleOptions__Entra__RedirectUri"]);
        Assert.Contains($"var consoleSignInRedirectUri = '${{baseUrl}}/api/{route}'", File.ReadAllText(BicepPath));
    }

    [Fact]
    public void SignInParameter_Default_IsAutoAndEntraIsAllowed()
    {
        var bicep = File.ReadAllText(BicepPath);

        Assert.Contains("@allowed(['Auto', 'Entra', 'Off', 'EasyAuth'])", bicep);
        Assert.Contains("param consoleSignIn string = 'Auto'", bicep);
    }
}
