using System.Text;

namespace PainDrip.Functions.Apis;

/// <summary>A JSON request body read as text, or why it was refused.</summary>
/// <param name="Text">The body; <see langword="null"/> when refused.</param>
/// <param name="Status">The 4xx status for a refusal.</param>
/// <param name="Problem">What was wrong, for the person or developer who sent it.</param>
public sealed record JsonRequestBody(string? Text, int Status = StatusCodes.Status200OK, string? Problem = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads at most <paramref name="maxBytes"/> of a body that must be <c>application/json</c> in UTF-8.</summary>
    /// <remarks>The limit holds for chunked bodies too: reading stops one byte past it.</remarks>
    public static async Task<JsonRequestBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType, "Send the sign-up as JSON with Content-Type: application/json.");
        }
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return TooLarge(maxBytes);
            }
        }
        try
        {
            return new(StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        catch (DecoderFallbackException)
        {
            return new(null, StatusCodes.Status400BadRequest, "The sign-up could not be read: it is not valid UTF-8 text.");
        }
    }

    private static JsonRequestBody TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The sign-up is too large: at most {maxBytes / 1024} KiB is accepted.");
}
