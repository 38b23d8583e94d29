using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>
/// Reads a multipart/form-data body section by section, keeping text fields as raw bytes so the charsets
/// SendGrid declares can be applied later, and counting file parts without keeping them.
/// </summary>
internal static class InboundFormReader
{
    // SendGrid posts a few dozen fields plus one part per attachment.
    private const int MaxSections = 512;
    private const int MaxBoundaryLength = 200;

    /// <summary>The boundary of a multipart/form-data content type, or null when the type is anything else.</summary>
    public static string? FindBoundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) || boundary.Length > MaxBoundaryLength ? null : boundary;
    }

    /// <summary>Reads every section; throws <see cref="InvalidDataException"/> or <see cref="IOException"/> on a broken body.</summary>
    public static async Task<InboundForm> ReadAsync(Stream body, string boundary, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        var fields = new Dictionary<string, InboundField>(StringComparer.OrdinalIgnoreCase);
        int sections = 0, files = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (++sections > MaxSections)
            {
                throw new InvalidDataException("The form has too many parts.");
            }
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException("A form part has no form-data Content-Disposition.");
            }
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                // Read through (the body limit still counts it) but not kept.
                await section.Body.CopyToAsync(Stream.Null, cancellationToken);
                files++;
            }
            else
            {
                using var buffer = new MemoryStream();
                await section.Body.CopyToAsync(buffer, cancellationToken);
                fields[name] = new InboundField(buffer.ToArray(), null, PartCharset(section.ContentType));
            }
        }
        return new InboundForm(fields, files);
    }

    private static string? PartCharset(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) ? HeaderUtilities.RemoveQuotes(mediaType.Charset).Value : null;
}
