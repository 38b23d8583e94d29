using System.Text;
using Microsoft.AspNetCore.Http;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>One text field of the posted form: raw bytes (charset still to apply) or text already decoded by ASP.NET Core.</summary>
internal sealed record InboundField(byte[]? Raw, string? Text, string? PartCharset)
{
    public static InboundField FromText(string text) => new(null, text, null);

    /// <summary>The field as text: the charset SendGrid declared for it, else the part's charset, else UTF-8.</summary>
    public string Decode(string? declaredCharset)
    {
        if (Text is not null)
        {
            return Text;
        }
        var encoding = MailCharsets.Find(declaredCharset) ?? MailCharsets.Find(PartCharset);
        return encoding is null ? MailCharsets.DecodeUndeclared(Raw!) : encoding.GetString(Raw!);
    }

    /// <summary>The field as bytes: raw when available, else the decoded text re-encoded as UTF-8.</summary>
    public byte[] ToBytes() => Raw ?? Encoding.UTF8.GetBytes(Text ?? "");
}

/// <summary>The Inbound Parse form: text fields by name (case-insensitive) and how many file parts it had (their content is never kept).</summary>
internal sealed class InboundForm(IReadOnlyDictionary<string, InboundField> fields, int fileCount)
{
    public int FileCount { get; } = fileCount;

    public bool Has(string name) => fields.ContainsKey(name);

    public InboundField? Field(string name) => fields.GetValueOrDefault(name);

    /// <summary>Builds the form from ASP.NET Core's already-decoded collection.</summary>
    public static InboundForm FromFormCollection(IFormCollection form)
    {
        var fields = new Dictionary<string, InboundField>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in form)
        {
            fields[name] = InboundField.FromText(values.ToString());
        }
        return new InboundForm(fields, form.Files.Count);
    }
}
