using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Standalone;

/// <summary>A failure inside a function, through the real pipeline: the developer exception page only in Development.</summary>
public sealed class ExceptionPageTests
{
    private const string Secret = "store-detail-7f3a";

    private static async Task<(HttpStatusCode Status, string Body)> FailAsync(string environment)
    {
        await using var ports = new PainDripAppFactory();
        ports.Enrollments.FindByEmailAsync(default!, default).ThrowsAsyncForAnyArgs(new InvalidOperationException(Secret));
        await using var app = ports.WithWebHostBuilder(builder => builder.UseEnvironment(environment));
        using var response = await app.CreateClient().PostAsync("/api/enroll",
            new StringContent(EnrollmentApp.SignupJson(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task UnhandledFailure_OutsideDevelopment_Answers500ProblemWithoutDetail(string environment)
    {
        var (status, body) = await FailAsync(environment);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("went wrong on our side", body);
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain(nameof(InvalidOperationException), body);
    }

    [Fact]
    public async Task UnhandledFailure_InDevelopment_ShowsTheDeveloperPage()
    {
        var (status, body) = await FailAsync("Development");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains(Secret, body);
    }
}
