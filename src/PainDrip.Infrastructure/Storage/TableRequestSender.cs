using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PainDrip.Infrastructure.Storage;

/// <summary>Sends one REST call through the pipeline and turns refusals into <see cref="TableRequestException"/>.</summary>
internal sealed class TableRequestSender
{
    private readonly HttpPipeline _pipeline;
    private readonly string _baseUrl;

    public TableRequestSender(HttpPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
        _baseUrl = endpoint.AbsoluteUri.TrimEnd('/');
    }

    public Uri Endpoint { get; }

    /// <param name="pathAndQuery">Already percent-encoded, starting with '/'.</param>
    /// <param name="tolerated">Statuses returned to the caller instead of thrown (e.g. 404 on a delete).</param>
    public async Task<Response> SendAsync(
        RequestMethod method,
        string pathAndQuery,
        string operation,
        CancellationToken cancellationToken,
        byte[]? body = null,
        ETag? ifMatch = null,
        params int[] tolerated)
    {
        // Not disposed here: disposing the message would dispose the response handed to the caller.
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(_baseUrl + pathAndQuery));
        if (body is not null)
        {
            request.Headers.SetValue("Content-Type", "application/json");
            request.Headers.SetValue("Prefer", "return-no-content");
            request.Content = RequestContent.Create(body);
        }
        if (ifMatch is { } etag)
        {
            request.Headers.SetValue("If-Match", etag == default ? ETag.All.ToString() : etag.ToString());
        }
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status >= 400 && !tolerated.Contains(response.Status))
        {
            throw TableRequestException.FromResponse(response, operation);
        }
        return response;
    }

    public static string? Header(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
