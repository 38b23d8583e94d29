namespace PainDrip.Functions.Apis;

/// <summary>Finds the signed token of a link request.</summary>
internal static class LinkToken
{
    /// <summary>The <c>token</c> query parameter, or else a <c>token</c> form field; <see langword="null"/> when neither is there.</summary>
    /// <remarks>An unreadable form is treated as no token: the answer is then the "link does not work" page.</remarks>
    public static async Task<string?> FromAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.Query["token"] is { Count: > 0 } query)
        {
            return query[0];
        }
        if (!request.HasFormContentType)
        {
            return null;
        }
        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return form["token"] is { Count: > 0 } field ? field[0] : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
