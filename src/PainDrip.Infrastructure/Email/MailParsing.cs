using System.Runtime.CompilerServices;
using System.Text;
using MimeKit;

namespace PainDrip.Infrastructure.Email;

/// <summary>The MimeKit settings every parse of mail from outside uses, and the code pages it needs.</summary>
internal static class MailParsing
{
    /// <summary>MimeKit's lenient defaults, with nesting bounded (nobody writes mail twenty parts deep) and no domainless addresses.</summary>
    public static ParserOptions Options { get; } = CreateOptions();

    /// <summary>Makes Shift_JIS, windows-1252, ISO-2022-JP and the other legacy code pages known before MimeKit first looks.</summary>
    /// <remarks>MimeKit builds its charset table once, on first use, from the encodings registered at that moment; a later
    /// registration is never seen, so this runs when the assembly loads rather than when mail is first read.</remarks>
#pragma warning disable CA2255 // A library module initializer is the only hook that runs before any caller touches MimeKit.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ParserOptions CreateOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.MaxMimeDepth = 16;
        options.MaxAddressGroupDepth = 3;
        options.AllowAddressesWithoutDomain = false;
        return options;
    }
}
