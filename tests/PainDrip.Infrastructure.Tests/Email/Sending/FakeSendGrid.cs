using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Email.Sending;

/// <summary>
/// A real HTTP server on a loopback port that plays SendGrid's Mail Send endpoint: it records every
/// request and answers with scripted replies, then 202 with an <c>X-Message-Id</c>.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    public const string MessageId = "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0";

    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly WebApplication _app;

    private FakeSendGrid(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeSendGrid> StartAsync()
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(baseUrl.ToString());
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSendGrid(app, baseUrl);
        app.MapPost("/v3/mail/send", server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public void Then(int status, string? body = null, params (string Name, string Value)[] headers) =>
        _script.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }
            if (body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(body);
            }
        });

    /// <summary>The next request gets no answer at all until the client gives up; the task completes once it is held.</summary>
    public Task ThenNeverAnswer()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _script.Enqueue(async context =>
        {
            held.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        return held.Task;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(
            context.Request.Headers.Authorization.ToString(), context.Request.ContentType ?? "", body));
        if (_script.TryDequeue(out var reply))
        {
            await reply(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.Headers["X-Message-Id"] = MessageId;
    }
}

public sealed record RecordedRequest(string Authorization, string ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
