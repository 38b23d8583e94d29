using System.Security.Cryptography;

namespace PainDrip.Functions.Console;

/// <summary>A posted console form, read with a size cap.</summary>
public sealed class ConsoleForm
{
    /// <summary>The largest form accepted (an answer of <see cref="CoachAnswers.MaxLength"/> characters fits easily).</summary>
    public const int MaxBytes = 32 * 1024;

    private readonly IFormCollection _form;

    private ConsoleForm(IFormCollection form) => _form = form;

    /// <summary>A field's value, or <see langword="null"/>.</summary>
    public string? this[string name] => _form.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>The form, or <see langword="null"/> when it is not a urlencoded form within the cap.</summary>
    public static async Task<ConsoleForm?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentLength is null or > MaxBytes)
        {
            return null;
        }
        try
        {
            var form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions
            {
                ValueLengthLimit = MaxBytes,
                KeyLengthLimit = 64,
                ValueCountLimit = 20,
                MultipartBodyLengthLimit = MaxBytes,
            }, cancellationToken);
            return new ConsoleForm(form);
        }
        catch (Exception error) when (error is InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>A fresh one-time key for a form that must act once however often it is posted.</summary>
    public static string NewOperation() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether <paramref name="operation"/> has the shape <see cref="NewOperation"/> gives.</summary>
    public static bool IsOperation(string? operation) => operation is { Length: 32 } && operation.All(char.IsAsciiHexDigitLower);
}
