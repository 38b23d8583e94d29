using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>
/// Reads a SendGrid Inbound Parse post, parsed or raw mode, into a vendor-neutral message.
/// Check <see cref="InboundParseGuard.IsAuthorized"/> first: this class reads the body.
/// </summary>
public sealed class InboundParseReader(IOptions<InboundOptions> options)
{
    /// <summary>Reads and decodes the request body, refusing it when larger than <see cref="InboundOptions.MaxBodyBytes"/> or not a readable form.</summary>
    public async Task<InboundParseResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return InboundParseResult.TooLarge(limit);
        }
        RaiseServerLimit(request.HttpContext, limit);
        try
        {
            var form = await ReadFormAsync(request, new BodyLimitStream(request.Body, limit), limit, cancellationToken);
            return form is null
                ? InboundParseResult.Malformed("Expected a multipart/form-data post.")
                : InboundParseResult.Parsed(InboundMessageDecoder.Decode(form));
        }
        catch (InboundBodyTooLargeException)
        {
            return InboundParseResult.TooLarge(limit);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return InboundParseResult.TooLarge(limit);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return InboundParseResult.Malformed(exception.Message);
        }
    }

    /// <summary>Decodes a form ASP.NET Core already read. Declared charsets cannot be applied: the values are already text.</summary>
    public InboundParseResult Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var limit = options.Value.MaxBodyBytes;
        var size = form.Sum(field => (long)field.Value.ToString().Length) + form.Files.Sum(file => file.Length);
        if (size > limit)
        {
            return InboundParseResult.TooLarge(limit);
        }
        try
        {
            return InboundParseResult.Parsed(InboundMessageDecoder.Decode(InboundForm.FromFormCollection(form)));
        }
        catch (InvalidDataException exception)
        {
            return InboundParseResult.Malformed(exception.Message);
        }
    }

    private static async Task<InboundForm?> ReadFormAsync(HttpRequest request, Stream body, long limit, CancellationToken cancellationToken)
    {
        if (InboundFormReader.FindBoundary(request.ContentType) is { } boundary)
        {
            return await InboundFormReader.ReadAsync(body, boundary, cancellationToken);
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        using var reader = new FormReader(body) { ValueLengthLimit = (int)Math.Min(limit, int.MaxValue) };
        var fields = await reader.ReadFormAsync(cancellationToken);
        return InboundForm.FromFormCollection(new FormCollection(fields));
    }

    // Kestrel's own default (about 28.6 MB) must not undercut a larger configured limit.
    private static void RaiseServerLimit(HttpContext context, long limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit + 1;
        }
    }
}
