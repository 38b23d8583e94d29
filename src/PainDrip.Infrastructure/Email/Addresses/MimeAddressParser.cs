using System.Globalization;
using MimeKit;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Addresses;

/// <summary>Reads addresses with MimeKit's RFC 5322 parser, the one the mailer uses, and gives their canonical form.</summary>
/// <remarks>
/// Display names, angle brackets and comments go (<c>"Sam" &lt;sam@example.com&gt;</c>, <c>sam(home)@example.com</c>),
/// the domain is written in ASCII (IDNA) and the whole address lower-cased. Lists, groups, source routes, quoted
/// or non-ASCII local parts and an unclosed <c>&lt;</c> are refused: a relay would refuse or misroute them.
/// </remarks>
public sealed class MimeAddressParser : IAddressParser
{
    private const string NotOneAddress = "This doesn't look like one email address. It should look like name@example.com.";

    private const int MaxMailboxChars = 998;

    private static readonly IdnMapping Idn = new();

    /// <inheritdoc />
    public AddressParse Parse(string text) => Read(text);

    /// <summary>The canonical form of one mailbox, or why the text is not one.</summary>
    public static AddressParse Read(string? text)
    {
        var value = text?.Trim() ?? "";
        // One mailbox with a display name fits a header line; anything longer is refused before MimeKit reads it.
        if (value.Length > MaxMailboxChars)
        {
            return AddressParse.Refused(NotOneAddress);
        }
        var open = value.LastIndexOf('<');
        if (open >= 0 && value.IndexOf('>', open) < 0)
        {
            return AddressParse.Refused(NotOneAddress);
        }
        if (!MailboxAddress.TryParse(MailParsing.Options, value, out var mailbox) || mailbox.Route.Count > 0)
        {
            return AddressParse.Refused(NotOneAddress);
        }
        return Canonical(mailbox);
    }

    /// <summary>The canonical form of the first mailbox in an address field such as <c>From</c>, or <see langword="null"/>.</summary>
    /// <remarks>For mail others sent us: a mailbox our own rules would refuse is still named, lower-cased as written.</remarks>
    public static string? FirstInField(string? field)
    {
        if (string.IsNullOrWhiteSpace(field) || !InternetAddressList.TryParse(MailParsing.Options, field, out var list))
        {
            return null;
        }
        var mailbox = list.Mailboxes.FirstOrDefault();
        return mailbox is null ? null : Canonical(mailbox).Address ?? mailbox.Address.ToLowerInvariant();
    }

    private static AddressParse Canonical(MailboxAddress mailbox)
    {
        var local = mailbox.LocalPart;
        if (local.Length == 0 || local.StartsWith('"') || local.Any(c => c > '\u007e' || char.IsControl(c)))
        {
            return AddressParse.Refused(
                "Please use an address with only plain letters, digits, dots or dashes before the @, such as name@example.com.");
        }
        try
        {
            var domain = mailbox.Domain.Any(c => c > '\u007e') ? Idn.GetAscii(mailbox.Domain) : mailbox.Domain;
            return AddressParse.Read($"{local}@{domain}".ToLowerInvariant());
        }
        catch (ArgumentException)
        {
            return AddressParse.Refused("The part after the @ is not a domain name we can send to. Please check it.");
        }
    }
}
