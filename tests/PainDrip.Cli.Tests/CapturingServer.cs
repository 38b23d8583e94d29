using System.Net;
using System.Text;
using PainDrip.TestSupport;

namespace PainDrip.Cli.Tests;

/// <summary>A one-request HTTP server on a free loopback port that records what it was sent.</summary>
public sealed class CapturingServer : IDisposable
{
    private readonly HttpListener _listener = new();

    public CapturingServer(int status = 200, string body = "")
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        Request = ServeOnceAsync(status, body);
    }

    public string Url { get; }

    /// <summary>Completes when the first request has been answered.</summary>
    public Task<CapturedRequest> Request { get; }

    private async Task<CapturedRequest> ServeOnceAsync(int status, string body)
    {
        var context = await _listener.GetContextAsync();
        using var buffer = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(buffer);
        var captured = new CapturedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "", context.Request.ContentType ?? "", buffer.ToArray());
        context.Response.StatusCode = status;
        var bytes = Encoding.UTF8.GetBytes(body);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
        return captured;
    }

    public void Dispose() => _listener.Close();
}

public sealed record CapturedRequest(string Method, string RawUrl, string ContentType, byte[] Body);
