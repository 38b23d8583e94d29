using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PainDrip.Core.Email;
using PainDrip.Infrastructure.Email.Inbound;
using PainDrip.TestSupport;

namespace PainDrip.Cli.Tests;

public sealed class ReplyVerbTests : IDisposable
{
    private const string ReplyAddress = "reply+TOKEN123.abc@inbound.paindrip.localhost";
    private const string Secret = "the-local-secret";

    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly CapturingServer _server = new();

    public void Dispose() => _server.Dispose();

    private Task<int> Run(params string[] args) => ReplyVerb.RunAsync(args, new StringReader("from stdin: 3 out of 10"), _output, _error);

    [Fact]
    public async Task RunAsync_LocalApp_PostsTheParsedModeFieldsToInboundWithTheKey()
    {
        var code = await Run("--to", ReplyAddress, "--text", "4 today\nmuch better", "--from", "ana@example.com", "--url", _server.Url, "--secret", Secret);

        var request = await _server.Request;
        Assert.Equal(0, code);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/inbound?key={Secret}", request.RawUrl);
        var fields = await FieldsAsync(request);
        Assert.Subset(fields.Keys.ToHashSet(),
            new HashSet<string> { "headers", "from", "to", "subject", "text", "envelope", "charsets", "SPF", "dkim", "spam_score" });
        Assert.Equal($$"""{"to":["{{ReplyAddress}}"],"from":"ana@example.com"}""", fields["envelope"]);
        Assert.Equal($"POST {_server.Url}/api/inbound -> 200 OK", _output.ToString().Trim());
        Assert.DoesNotContain(Secret, _output.ToString() + _error.ToString());
    }

    [Fact]
    public async Task RunAsync_LocalApp_PostIsReadByTheAppsInboundParseReader()
    {
        await Run("--to", ReplyAddress, "--text", "4 today\nmuch better", "--from", "ana@example.com", "--url", _server.Url);

        var message = await DecodeAsync(await _server.Request);
        Assert.Equal("TOKEN123.abc", message.RecipientToken);
        Assert.Equal("ana@example.com", message.SenderAddress);
        Assert.Equal("4 today\nmuch better", message.Text.TrimEnd());
        Assert.False(message.IsAutoReply);
        Assert.NotNull(message.MessageId);
    }

    [Fact]
    public async Task RunAsync_ToCopiedWithDisplayName_RepliesToTheBareAddress()
    {
        await Run("--to", $"PainDrip (local) <{ReplyAddress}>", "--text", "-", "--url", _server.Url);

        var message = await DecodeAsync(await _server.Request);
        Assert.Equal("TOKEN123.abc", message.RecipientToken);
        Assert.Equal("from stdin: 3 out of 10", message.Text.TrimEnd());
    }

    [Fact]
    public async Task RunAsync_AppRefuses_PrintsTheStatusAndExitsWith1()
    {
        using var server = new CapturingServer(401, "wrong key");

        var code = await Run("--to", ReplyAddress, "--text", "hi", "--url", server.Url);

        Assert.Equal(1, code);
        Assert.Contains("-> 401", _output.ToString());
        Assert.Contains("wrong key", _error.ToString());
    }

    [Fact]
    public async Task RunAsync_NothingListening_ExitsWith1AndSaysHowToStartTheApp()
    {
        var code = await Run("--to", ReplyAddress, "--text", "hi", "--url", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Equal(1, code);
        Assert.Contains("./run.sh", _error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("--text", "hi")]
    [InlineData("--to", ReplyAddress)]
    [InlineData("--to", "coach@paindrip.localhost", "--text", "hi")]
    [InlineData("--to", ReplyAddress, "--text", "hi", "--from", "not-an-address")]
    [InlineData("--to", ReplyAddress, "--text")]
    [InlineData("--to", ReplyAddress, "--text", "hi", "--colour", "red")]
    public async Task RunAsync_BadArguments_ExitsWith2AndUsage(params string[] args)
    {
        Assert.Equal(2, await Run(args));
        Assert.Contains("Usage: paindrip reply", _error.ToString());
        Assert.Empty(_output.ToString());
    }

    private static async Task<Dictionary<string, string>> FieldsAsync(CapturedRequest request)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var name = HeaderUtilities.RemoveQuotes(ContentDispositionHeaderValue.Parse(section.ContentDisposition).Name).Value!;
            fields[name] = await new StreamReader(section.Body).ReadToEndAsync();
        }
        return fields;
    }

    private static async Task<InboundMessage> DecodeAsync(CapturedRequest request)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = request.Method;
        context.Request.ContentType = request.ContentType;
        context.Request.ContentLength = request.Body.Length;
        context.Request.Body = new MemoryStream(request.Body);
        var result = await new InboundParseReader(Options.Create(new InboundOptions())).ReadAsync(context.Request);
        Assert.Equal(InboundParseOutcome.Parsed, result.Outcome);
        return result.Message!;
    }
}
