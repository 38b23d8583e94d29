using PainDrip.Functions.Services;

namespace PainDrip.Functions.Apis;

/// <summary>Reads a preferences form post: the token (query, else form field) and the fields of the change.</summary>
internal static class PreferenceRequest
{
    /// <remarks>A body that is not a readable form counts as an empty form: the page then asks to use its buttons.</remarks>
    public static async Task<(string? Token, PreferenceForm Form)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var token = request.Query["token"].FirstOrDefault();
        IFormCollection fields = FormCollection.Empty;
        if (request.HasFormContentType)
        {
            try
            {
                fields = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException)
            {
                fields = FormCollection.Empty;
            }
        }
        token ??= fields["token"].FirstOrDefault();
        return (token, new PreferenceForm(
            fields["action"].FirstOrDefault(), fields["sendHour"].FirstOrDefault(), fields["timeZone"].FirstOrDefault(), fields["days"].FirstOrDefault()));
    }
}
