using System.Text;
using Microsoft.AspNetCore.Http;
using PainDrip.Infrastructure.Email.Inbound;

namespace PainDrip.Infrastructure.Tests.Email.Inbound;

public sealed class InboundParseGuardTests
{
    private const string Secret = "s3cret-value";

    [Fact]
    public void IsAuthorized_KeyInQuery_IsTrue() =>
        Assert.True(InboundParseGuard.IsAuthorized(Request("?key=s3cret-value"), Secret));

    [Theory]
    [InlineData("")]
    [InlineData("?key=")]
    [InlineData("?key=s3cret-valu")]
    [InlineData("?key=s3cret-value2")]
    [InlineData("?secret=s3cret-value")]
    public void IsAuthorized_KeyMissingOrWrong_IsFalse(string query) =>
        Assert.False(InboundParseGuard.IsAuthorized(Request(query), Secret));

    [Fact]
    public void IsAuthorized_BasicAuthPassword_IsTrue()
    {
        var request = Request("");
        request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("anyone:s3cret-value"));

        Assert.True(InboundParseGuard.IsAuthorized(request, Secret));
    }

    [Theory]
    [InlineData("Basic bm90LWJhc2U2NA")]
    [InlineData("Basic !!!")]
    [InlineData("Bearer s3cret-value")]
    public void IsAuthorized_BrokenOrOtherAuthorization_IsFalse(string header)
    {
        var request = Request("");
        request.Headers.Authorization = header;

        Assert.False(InboundParseGuard.IsAuthorized(request, Secret));
    }

    [Fact]
    public void IsAuthorized_NoSecretConfigured_RefusesEverything() =>
        Assert.False(InboundParseGuard.IsAuthorized(Request("?key="), ""));

    [Fact]
    public void IsAuthorized_BodyUnread_LeavesBodyUntouched()
    {
        var body = new MemoryStream(Encoding.ASCII.GetBytes("not a form"));
        var request = Request("?key=wrong");
        request.Body = body;

        InboundParseGuard.IsAuthorized(request, Secret);

        Assert.Equal(0, body.Position);
    }

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return context.Request;
    }
}
