using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Pages;

/// <summary>Every HTML page, through the real pipeline, carries the same security headers.</summary>
public sealed class HtmlPageTests : IDisposable
{
    private readonly PainDripAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> Pages => new()
    {
        { "GET", "/" },
        { "GET", "/api/signup" },
        { "GET", "/api/privacy" },
        { "GET", "/api/confirm?token=broken" },
        { "POST", "/api/confirm?token=broken" },
        { "GET", "/api/unsubscribe?token=broken" },
        { "POST", "/api/unsubscribe" },
        { "GET", "/api/preferences?token=broken" },
        { "POST", "/api/preferences" },
    };

    private async Task<HttpResponseMessage> SendAsync(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("token", "broken")]);
        }
        return await _app.CreateClient().SendAsync(request);
    }

    private static string Policy(HttpResponseMessage response) => string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AnyRoute_CarriesTheSecurityHeaders(string method, string path)
    {
        using var response = await SendAsync(method, path);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Policy(response);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotEmpty(Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task SignupPage_InlineScriptAndStyle_AreAllowedByTheirHashesOnly()
    {
        using var response = await SendAsync("GET", "/api/signup");
        var html = await response.Content.ReadAsStringAsync();

        var blocks = Regex.Matches(html, "<(script|style)>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.Equal(2, blocks.Count);
        var policy = Policy(response);
        foreach (Match block in blocks)
        {
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block.Groups[2].Value)));
            Assert.Contains($"'sha256-{hash}'", policy);
        }
    }

    [Fact]
    public async Task LinkPage_TokenInTheUrl_KeepsNoReferrer()
    {
        using var response = await SendAsync("GET", "/api/confirm?token=broken");

        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
