using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PainDrip.Functions.Pages;

/// <summary>
/// The one way an HTML page leaves the app: <see cref="Result"/> answers with the page and the security headers every
/// page carries (Content-Security-Policy with <c>frame-ancestors 'none'</c>, <c>X-Content-Type-Options: nosniff</c>,
/// <c>Referrer-Policy</c>). Pages call it instead of <c>TypedResults.Content</c>, so no page can forget them.
/// </summary>
/// <remarks>
/// Inline <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> blocks are allowed only by hash, and only the hashes of the
/// app's own templates (<c>signup.html</c> and <see cref="PageShell"/>, the console's frame included), taken once at start-up: markup injected into a
/// page never runs. Scripts a page needs beyond those come from this origin (<c>script-src 'self'</c>).
/// </remarks>
public static partial class HtmlPage
{
    private const string ContentType = "text/html; charset=utf-8";

    private static readonly Lazy<string> Policy = new(BuildPolicy);

    /// <summary>The Content-Security-Policy every page is served with.</summary>
    public static string ContentSecurityPolicy => Policy.Value;

    /// <summary>The page, with its status and the security headers.</summary>
    public static IResult Result(string html, int statusCode = StatusCodes.Status200OK) => new PageResult(html, statusCode);

    /// <summary>Sets the security headers on a response that carries a page.</summary>
    public static void AddSecurityHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = Policy.Value;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // Link pages already ask for no-referrer (their URLs carry a token); keep the stricter value when set.
        if (string.IsNullOrEmpty(headers["Referrer-Policy"]))
        {
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        }
    }

    [GeneratedRegex(@"<(script|style)>(.*?)</\1>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineBlock();

    private static string BuildPolicy()
    {
        var templates = SignupPage.Html + PageShell.Render("", "") + PageShell.RenderConsole("", "", "");
        var blocks = InlineBlock().Matches(templates).Select(m => (Kind: m.Groups[1].Value, Hash: Hash(m.Groups[2].Value))).Distinct().ToList();
        string Sources(string kind) => string.Join(' ', blocks.Where(b => b.Kind == kind).Select(b => $"'{b.Hash}'"));
        return $"default-src 'none'; script-src 'self' {Sources("script")}; style-src 'self' {Sources("style")}; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private sealed class PageResult(string html, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
    {
        public int? StatusCode => statusCode;

        string? IContentTypeHttpResult.ContentType => ContentType;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            AddSecurityHeaders(httpContext.Response.Headers);
            return TypedResults.Content(html, ContentType, statusCode: statusCode).ExecuteAsync(httpContext);
        }
    }
}
