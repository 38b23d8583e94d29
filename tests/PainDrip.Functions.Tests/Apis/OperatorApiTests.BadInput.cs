using System.Net;
using System.Text;
using NSubstitute;
using PainDrip.Core.Email;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class OperatorApiTests
{
    [Theory]
    [InlineData("/api/erase", """{"id":""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """["enr-7"]""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{"id":7}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{"id":"enr-7","email":"sam@example.com"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{"id":"../enr-7"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{"id":"~unrouted"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{"id":"~pending"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/export", """{"id":"~unrouted"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{"id":"enr 7"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", """{"email":"not an address"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/api/erase", "id=enr-7", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("/api/export", """{"id":"enr-7"}""", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("/api/export", "{", "application/json", HttpStatusCode.BadRequest)]
    public async Task OperatorPost_BadBody_Returns4xxAndErasesNothing(string path, string body, string contentType, HttpStatusCode expected)
    {
        using var response = await Client().PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await _factory.Suppressions.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
        await _deliveries.DidNotReceiveWithAnyArgs().EraseAsync(default!, default);
    }

    [Fact]
    public async Task Erase_OversizeBody_Returns413()
    {
        var body = $$"""{"id":"enr-7","padding":"{{new string('x', 5000)}}"}""";

        using var response = await Client().PostAsync("/api/erase", Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await _deliveries.DidNotReceiveWithAnyArgs().EraseAsync(default!, default);
    }

    [Theory]
    [InlineData("/api/export")]
    [InlineData("/api/export?id=")]
    [InlineData("/api/export?id=a%2Fb")]
    [InlineData("/api/export?id=~unrouted")]
    [InlineData("/api/export?id=%7Epending")]
    [InlineData("/api/export?id=.")]
    public async Task Export_GetWithoutUsableId_Returns400(string path)
    {
        using var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
