using PainDrip.Functions.Standalone;
using static PainDrip.Functions.Tests.Hostile.HostileRequest;

namespace PainDrip.Functions.Tests.Hostile;

/// <summary>The hostile corpus: the same rough payloads thrown at every route the app serves (read from the function
/// catalog, so a new route is covered the day it is added), then shaped attacks per area in the other parts.</summary>
public static partial class HostileCorpus
{
    private const string KeyHeader = "x-functions-key";

    /// <summary>Every request of the corpus; <paramref name="replyToken"/> routes inbound mail to a real enrollment.</summary>
    public static IReadOnlyList<HostileRequest> All(string replyToken) =>
        [.. EveryRoute(), .. Signup(), .. Inbound(replyToken), .. Operator(), .. Links(), .. MailEvents()];

    /// <summary>Rough payloads on every route and method, with and without the operator key where one is needed.</summary>
    public static IEnumerable<HostileRequest> EveryRoute()
    {
        foreach (var function in FunctionCatalog.Read(typeof(Program).Assembly))
        {
            var path = function.Http is null ? $"/admin/functions/{function.Name}" : function.Path;
            var methods = function.Http?.Methods?.Select(m => m.ToUpperInvariant()) ?? ["POST"];
            (string, string)[][] keys = function.NeedsKey ? [[], [(KeyHeader, HostileApp.OperatorKey)]] : [[]];
            foreach (var (method, key) in methods.SelectMany(m => keys.Select(k => (m, k))))
            {
                foreach (var request in Rough(function.Name, method, path, key))
                {
                    yield return request;
                }
            }
            yield return new HostileRequest($"{function.Name} DELETE", "DELETE", path, () => null, []);
        }
    }

    private static IEnumerable<HostileRequest> Rough(string name, string method, string path, (string, string)[] key)
    {
        var label = $"{name} {method}{(key.Length > 0 ? " keyed" : "")}";
        (string, string)[] flood = [.. key, .. Enumerable.Range(0, 60).Select(i => ($"X-Hostile-{i}", Repeat("<a@", 150)))];
        yield return new HostileRequest($"{label} bare", method, path, () => null, key);
        yield return new HostileRequest($"{label} query flood", method, path + "?token=" + Repeat("%ED%A0%80", 400) + "&id=~unrouted&max=-1&days=9999999999", () => null, key);
        yield return new HostileRequest($"{label} query surrogates", method, path + "?token=%ED%B0%80%C0%AF&id=%7Epending&email=a%2Cb%40x.y", () => null, key);
        yield return new HostileRequest($"{label} header flood", method, path, () => null, flood);
        if (method != "POST")
        {
            yield break;
        }
        yield return new HostileRequest($"{label} deep json", method, path, Json(Deep(10_000)), key);
        yield return new HostileRequest($"{label} lone surrogates", method, path,
            Json("""{"email":"\ud800@example.com","id":"\udc00","token":"\ud800","firstName":"\udfff"}"""), key);
        yield return new HostileRequest($"{label} 1 MB junk", method, path, Text(Repeat("\u0000\uFFFE<a@{[", 200_000), "text/plain"), key);
        yield return new HostileRequest($"{label} form flood", method, path,
            Form([.. Enumerable.Range(0, 3_000).Select(i => ($"f{i}", "<script>"))]), key);
        yield return new HostileRequest($"{label} 1,000 parts", method, path,
            Multipart(Enumerable.Range(0, 1_000).Select(i => ($"p{i}", "x"))), key);
        yield return new HostileRequest($"{label} 10 MB json", method, path, Json("{\"a\":\"" + Repeat("x", 10 * 1024 * 1024) + "\"}"), key);
        yield return new HostileRequest($"{label} utf-16 json", method, path,
            Bytes(System.Text.Encoding.Unicode.GetBytes("{\"email\":\"sam@example.com\"}"), "application/json; charset=utf-16"), key);
    }
}
