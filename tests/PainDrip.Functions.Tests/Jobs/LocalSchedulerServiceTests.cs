using Microsoft.Extensions.Hosting;
using NSubstitute;
using PainDrip.Functions.Jobs;

namespace PainDrip.Functions.Tests.Jobs;

public sealed class LocalSchedulerServiceTests
{
    [Theory]
    [InlineData("Development", null, null, true)]
    [InlineData("Production", null, null, true)]
    [InlineData("Testing", null, null, false)]
    [InlineData("Development", "7071", null, false)]
    [InlineData("Production", null, "7072", false)]
    public void ShouldRun_HostAndEnvironment_RunsOnlyWithoutAFunctionsHostOutsideTests(
        string environmentName, string? customHandlerPort, string? httpWorkerPort, bool expected)
    {
        var environment = Substitute.For<IHostEnvironment>();
        environment.EnvironmentName.Returns(environmentName);
        var variables = new Dictionary<string, string?>
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = customHandlerPort,
            ["FUNCTIONS_HTTPWORKER_PORT"] = httpWorkerPort,
        };

        Assert.Equal(expected, LocalSchedulerService.ShouldRun(environment, name => variables.GetValueOrDefault(name)));
    }
}
