using PainDrip.Functions.Standalone;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>What infra/main.bicep tells the operator to paste into SendGrid matches the functions' routes.</summary>
public sealed class MainBicepTests
{
    private static readonly string Bicep = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "main.bicep"));

    [Theory]
    [InlineData("signupUrl", "SignupPage")]
    [InlineData("inboundParseUrl", "ProcessReply")]
    [InlineData("eventWebhookUrl", "MailEvents")]
    [InlineData("consoleSignInRedirectUrl", "ConsoleSignInCallback")]
    public void Output_Url_EndsWithFunctionRoute(string output, string function)
    {
        var route = Route(function);

        Assert.Contains($"output {output} string = '${{baseUrl}}/api/{route}'", Bicep);
    }

    [Theory]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6")] // Key Vault Secrets User
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")] // Storage Blob Data Owner (host storage)
    public void AccessModule_AppIdentity_GetsRole(string roleDefinitionId)
    {
        var access = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "modules", "access.bicep"));

        Assert.Contains($"'{roleDefinitionId}'", access);
    }

    [Fact]
    public void StorageModule_SharedKeyAccess_IsOff()
    {
        var storage = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "modules", "storage.bicep"));

        Assert.Contains("allowSharedKeyAccess: false", storage);
    }

    private static string Route(string function) =>
        FunctionCatalog.Read(typeof(Program).Assembly).Single(f => f.Name == function).Http!.Route!;
}
