using System.Runtime.CompilerServices;
using System.Text;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Makes Shift_JIS, windows-1252, ISO-2022-JP and the other legacy code pages known before MimeKit first looks.</summary>
/// <remarks>MimeKit builds its charset table once, on first use, from the encodings registered at that moment; a later
/// registration is never seen, so this has to run when the assembly loads rather than when mail is first read.</remarks>
internal static class CodePageRegistration
{
#pragma warning disable CA2255 // A library module initializer is the only hook that runs before any caller touches MimeKit.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
