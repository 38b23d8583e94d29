using System.Net;
using System.Text;

namespace PainDrip.Infrastructure.Email.Composition;

/// <summary>What every footer says: the disclaimer, why the person gets the email, the postal address, and the links to
/// change when emails arrive, to the privacy page and out.</summary>
internal sealed record EmailFooter(string Why, string PostalAddress, string UnsubscribeUrl, string PreferencesUrl, string PrivacyUrl)
{
    // The warning signs come from the one red-flag source, like every list in the lessons.
    public static readonly string Disclaimer =
        "PainDrip shares general self-care information. It is not medical advice and does not replace a doctor " +
        "or physiotherapist. " + Core.Safety.RedFlagList.FooterSentence;
}

/// <summary>
/// The single-column HTML shell (max 600 px, inline styles, light and dark colours) and the matching plain-text shell.
/// </summary>
/// <remarks>
/// Inline styles carry the light look every client understands; the one <c>&lt;style&gt;</c> block only adds
/// dark-mode colours for clients that honour <c>prefers-color-scheme</c>. No fonts, scripts or remote images.
/// </remarks>
internal static class EmailLayout
{
    private const string DarkMode = """
        @media (prefers-color-scheme: dark) {
          .pd-page { background:#101517 !important; }
          .pd-card { background:#1b2327 !important; color:#e4ebe8 !important; }
          .pd-muted { color:#a7b3af !important; }
          .pd-link { color:#86d8c3 !important; }
          .pd-button { background:#86d8c3 !important; color:#0d1a16 !important; }
        }
        """;

    public static string Html(string subject, string preheader, string contentHtml, EmailFooter footer) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="supported-color-schemes" content="light dark">
        <title>{{Encode(subject)}}</title>
        <style>
        {{DarkMode}}
        </style>
        </head>
        <body class="pd-page" style="margin:0;padding:0;background:#eef2f0;">
        <div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">{{Encode(preheader)}}{{string.Concat(Enumerable.Repeat("&#8199;&#847;", 40))}}</div>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="pd-page" style="background:#eef2f0;">
        <tr><td align="center" style="padding:16px 8px;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;">
        <tr><td class="pd-muted" style="padding:4px 16px 12px;font-family:Arial,Helvetica,sans-serif;font-size:15px;font-weight:bold;letter-spacing:0.5px;color:#3d6b60;">PainDrip</td></tr>
        <tr><td class="pd-card" style="background:#ffffff;color:#1f2a2e;border-radius:8px;padding:28px 24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.6;word-break:break-word;">
        {{contentHtml}}
        </td></tr>
        <tr><td class="pd-muted" style="padding:20px 16px;font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.5;color:#56635f;">
        {{FooterHtml(footer)}}
        </td></tr>
        </table>
        </td></tr>
        </table>
        </body>
        </html>
        """;

    public static string Text(string contentText, EmailFooter footer)
    {
        var builder = new StringBuilder(contentText.TrimEnd()).Append("\n\n-- \n");
        builder.Append(EmailFooter.Disclaimer).Append("\n\n");
        builder.Append(footer.Why).Append("\n\n");
        builder.Append(footer.PostalAddress).Append("\n\n");
        builder.Append("Change when emails arrive: ").Append(footer.PreferencesUrl).Append('\n');
        builder.Append("Privacy: ").Append(footer.PrivacyUrl).Append('\n');
        builder.Append("Unsubscribe: ").Append(footer.UnsubscribeUrl).Append('\n');
        return builder.ToString();
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Title(string text) =>
        $"""<h1 style="margin:0 0 16px;font-size:24px;line-height:1.3;">{Encode(text)}</h1>""";

    public static string Paragraph(string encodedHtml) => $"""<p style="margin:0 0 16px;">{encodedHtml}</p>""";

    public static string Button(string text, string url) => $"""
        <p style="margin:8px 0 24px;"><a href="{Encode(url)}" class="pd-button" style="display:inline-block;background:#176b58;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 22px;border-radius:6px;">{Encode(text)}</a></p>
        """;

    private static string FooterHtml(EmailFooter footer) => $"""
        <p style="margin:0 0 12px;">{Encode(EmailFooter.Disclaimer)}</p>
        <p style="margin:0 0 12px;">{Encode(footer.Why)}</p>
        <p style="margin:0 0 12px;">{Encode(footer.PostalAddress).ReplaceLineEndings("<br>")}</p>
        <p style="margin:0;">{FooterLink("Change when emails arrive", footer.PreferencesUrl)} &middot; {FooterLink("Privacy", footer.PrivacyUrl)} &middot; {FooterLink("Unsubscribe", footer.UnsubscribeUrl)} (one click, no questions asked)</p>
        """;

    private static string FooterLink(string text, string url) =>
        $"""<a href="{Encode(url)}" class="pd-link" style="color:#176b58;text-decoration:underline;">{Encode(text)}</a>""";
}
