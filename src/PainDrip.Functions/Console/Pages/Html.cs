using System.Net;
using NodaTime;
using NodaTime.Text;

namespace PainDrip.Functions.Console.Pages;

/// <summary>Small HTML helpers for the console pages; every text goes through <see cref="E"/>.</summary>
public static class Html
{
    private static readonly InstantPattern Minute = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm 'UTC'");

    /// <summary>HTML-encodes text (element content and attribute values).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>An instant as the console shows it (UTC, to the minute).</summary>
    public static string Day(Instant at) => Minute.Format(at);

    /// <summary>A query string value.</summary>
    public static string Q(string text) => Uri.EscapeDataString(text);

    /// <summary>A hidden input.</summary>
    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";
}
