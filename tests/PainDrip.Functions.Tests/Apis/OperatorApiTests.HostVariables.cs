using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace PainDrip.Functions.Tests.Apis;

/// <summary>Standalone mode checks the operator key whatever host variables the environment carries.</summary>
public sealed partial class OperatorApiTests
{
    public static TheoryData<string, string> HostVariables => new()
    {
        { "FUNCTIONS_CUSTOMHANDLER_PORT", "7071" },
        { "FUNCTIONS_WORKER_RUNTIME", "dotnet-isolated" },
        { "FUNCTIONS_WORKER_RUNTIME_VERSION", "10.0" },
        { "AzureWebJobsScriptRoot", "/home/site/wwwroot" },
        { "WEBSITE_SITE_NAME", "paindrip" },
        { "Functions:Worker:HostEndpoint", "http://127.0.0.1:50051" },
    };

    private WebApplicationFactory<Program> WithHostVariable(string name, string value, string key, string? callerAddress = null) =>
        App(key: key, services: services =>
        {
            if (callerAddress is not null)
            {
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FromAddress(callerAddress));
            }
        }).WithWebHostBuilder(builder => builder.UseSetting(name, value));

    [Theory]
    [MemberData(nameof(HostVariables))]
    public async Task OperatorRoute_HostVariableSetAndNoKeySent_StillReturns401(string name, string value)
    {
        using var response = await WithHostVariable(name, value, OperatorKey).CreateClient().GetAsync("/api/coach-queue");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(HostVariables))]
    public async Task OperatorRoute_HostVariableSetNoKeyConfiguredRemoteCaller_StillReturns403(string name, string value)
    {
        using var response = await WithHostVariable(name, value, key: "", callerAddress: "203.0.113.9")
            .CreateClient().PostAsync("/api/erase", Json("""{"id":"enr-7"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await _deliveries.DidNotReceiveWithAnyArgs().EraseAsync(default!, default);
    }
}
