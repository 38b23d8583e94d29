using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// Signs every attempt with Shared Key Lite for the table service. Only <c>x-ms-date</c>
/// is sent, never <c>Date</c>: Azurite checks <c>Date</c> first when both are present.
/// </summary>
internal sealed class TableSharedKeyLitePolicy : HttpPipelineSynchronousPolicy
{
    private readonly string _accountName;
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public TableSharedKeyLitePolicy(string accountName, string accountKey, TimeProvider? time = null)
    {
        _accountName = accountName;
        _key = Convert.FromBase64String(accountKey);
        _time = time ?? TimeProvider.System;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var date = _time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue("x-ms-date", date);
        var stringToSign = StringToSign(date, CanonicalizedResource(_accountName, message.Request.Uri.ToUri()));
        message.Request.Headers.SetValue("Authorization", $"SharedKeyLite {_accountName}:{Sign(stringToSign)}");
    }

    /// <summary>Date, a newline, then the canonicalized resource.</summary>
    internal static string StringToSign(string date, string canonicalizedResource) => date + "\n" + canonicalizedResource;

    /// <summary>
    /// "/" + account + the path exactly as sent (still percent-encoded), plus <c>?comp=</c>
    /// when present; no other query parameter is signed.
    /// </summary>
    internal static string CanonicalizedResource(string accountName, Uri uri)
    {
        var resource = new StringBuilder("/").Append(accountName).Append(uri.AbsolutePath);
        var comp = CompParameter(uri.Query);
        if (comp is not null)
        {
            resource.Append("?comp=").Append(comp);
        }
        return resource.ToString();
    }

    internal string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));

    private static string? CompParameter(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.StartsWith("comp=", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(pair["comp=".Length..]);
            }
        }
        return null;
    }
}
