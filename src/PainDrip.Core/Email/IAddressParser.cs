namespace PainDrip.Core.Email;

/// <summary>The port that reads an email address the way the mailer does and gives its one canonical form.</summary>
/// <remarks>
/// The canonical form is the bare address with any display name and RFC 5322 comments removed, lower-cased:
/// <c>Sam &lt;Sam@Example.com&gt;</c>, <c>sam(home)@example.com</c> and <c>sam@example.com</c> are one mailbox.
/// Every lookup by address (the email index, suppressions, duplicate sign-ups) uses this form, so a second
/// spelling of an address that unsubscribed is still that address.
/// </remarks>
public interface IAddressParser
{
    /// <summary>Reads <paramref name="text"/> as exactly one mailbox.</summary>
    /// <returns>The canonical address, or a plain-words reason why the text is not one deliverable mailbox.</returns>
    AddressParse Parse(string text);
}

/// <summary>What <see cref="IAddressParser.Parse"/> made of the text: exactly one of the two is set.</summary>
/// <param name="Address">The canonical address, or <see langword="null"/> when the text was refused.</param>
/// <param name="Problem">Why the text was refused, fit to show the person; <see langword="null"/> when it was read.</param>
public sealed record AddressParse(string? Address, string? Problem)
{
    /// <summary>A text read as the given canonical address.</summary>
    public static AddressParse Read(string address) => new(address, null);

    /// <summary>A text refused for the given reason.</summary>
    public static AddressParse Refused(string problem) => new(null, problem);
}
