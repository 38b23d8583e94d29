using System.Text.Json;
using System.Text.Json.Nodes;
using PainDrip.Functions.Tests.Support;
using static PainDrip.Functions.Tests.Hostile.HostileRequest;

namespace PainDrip.Functions.Tests.Hostile;

public static partial class HostileCorpus
{
    private const string Enroll = "/api/enroll";

    /// <summary>Sign-ups: addresses the mailer would refuse, hidden names, lenient choices, floods, broken encodings.</summary>
    public static IEnumerable<HostileRequest> Signup()
    {
        string[] badAddresses =
        [
            "a,b@example.com", "a\"b@example.com", "[a]@example.com", "a<b@example.com", "zoë@example.com", "\"sam smith\"@example.com",
            "sam@", "@example.com", "sam@localhost", "sam@@example.com", "one@example.com, two@example.com", "friends: a@example.com;",
            "<@relay.example:sam@example.com>", "sam@exa mple.com", "sam@example.com\r\nBcc: x@example.com", "sam\u0000@example.com",
            "sam@-example.com", "sam@example..com", Repeat("a", 300) + "@example.com", "sam@" + Repeat("a", 300) + ".com",
            Repeat("<a@", 20_000), "(((((((((((((((((sam@example.com", "sam@example.com" + Repeat(")", 5_000), "\ud83d\ude00@example.com",
        ];
        foreach (var address in badAddresses)
        {
            yield return Post($"signup address {Short(address)}", Enroll, Json(EnrollmentApp.SignupJson(email: address)));
        }
        string[] badNames = ["\u200B\u200B", "\u202E\u202D", "\u2066\u2069", "\u00AD", "\u0301\u0301", "", "   ", Repeat("n", 51), "Sam\u0007", "Sam\u202Egnp.exe"];
        foreach (var name in badNames)
        {
            yield return Post($"signup name {Short(name)}", Enroll, Json(EnrollmentApp.SignupJson(firstName: name)));
        }
        foreach (var (field, value) in ProfileAttacks())
        {
            yield return Post($"signup profile {field}={Short(value.ToJsonString())}", Enroll, Json(WithProfile(field, value)));
        }
        foreach (var (name, json) in TopLevelAttacks())
        {
            yield return Post($"signup {name}", Enroll, Json(json));
        }
        yield return Post("signup bom", Enroll, Bytes([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(EnrollmentApp.SignupJson(email: "x@"))], "application/json"));
        yield return Post("signup invalid utf-8", Enroll, Bytes([(byte)'{', 0xC3, 0x28, 0xED, 0xA0, 0x80, (byte)'}'], "application/json"));
        yield return Post("signup json as text/plain", Enroll, Text(EnrollmentApp.SignupJson(), "text/plain"));
        yield return Post("signup 10 MB", Enroll, Json(EnrollmentApp.SignupJson(firstName: Repeat("x", 10 * 1024 * 1024))));
        yield return Post("signup chunked 200 KB", Enroll, () => new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Repeat(" ", 200_000))))
        {
            Headers = { ContentType = new("application/json") },
        });
    }

    private static IEnumerable<(string Field, JsonNode Value)> ProfileAttacks()
    {
        string[] sides = ["left, right", "left,right", "Right, Both", "1", " right", "RIGHT ", "", "left\u0000", Repeat("left", 10_000)];
        foreach (var side in sides)
        {
            yield return ("side", JsonValue.Create(side));
        }
        yield return ("side", new JsonArray("left", "right"));
        yield return ("side", JsonValue.Create(1));
        yield return ("areas", new JsonArray([.. Enumerable.Range(0, 5_000).Select(_ => (JsonNode?)"neck")]));
        yield return ("areas", new JsonArray([.. Enumerable.Range(0, 5_000).Select(i => (JsonNode?)$"area{i}")]));
        yield return ("areas", new JsonArray());
        yield return ("areas", JsonValue.Create("neck"));
        yield return ("areas", new JsonArray(new JsonArray(new JsonArray("neck"))));
        yield return ("triggers", new JsonArray([.. Enumerable.Range(0, 50).Select(_ => (JsonNode?)"desk_posture, sleep")]));
        yield return ("redFlags", new JsonArray([.. Enumerable.Range(0, 3_000).Select(_ => (JsonNode?)"nonsense")]));
        yield return ("severity", JsonValue.Create("moderate, serious"));
        yield return ("dominantHand", JsonValue.Create("left, right"));
        yield return ("painNow", JsonValue.Create(1e308));
        yield return ("painNow", JsonValue.Create("5"));
        yield return ("painNow", JsonValue.Create(-2147483648L));
        yield return ("onset", JsonValue.Create("0001-01-01"));
        yield return ("onset", JsonValue.Create("9999-12-31"));
        yield return ("onset", JsonValue.Create("2025-02-30"));
        yield return ("onset", JsonValue.Create(Repeat("2025-", 5_000)));
    }

    private static IEnumerable<(string Name, string Json)> TopLevelAttacks()
    {
        var valid = EnrollmentApp.SignupJson(email: "topcheck@example.com");
        yield return ("time zone of 60 KB", EnrollmentApp.SignupJson(timeZone: Repeat("Europe/", 8_000)));
        yield return ("time zone with ..", EnrollmentApp.SignupJson(timeZone: "../../etc/passwd"));
        yield return ("send hour huge", valid.Replace("\"sendHour\":8", "\"sendHour\":1e400", StringComparison.Ordinal));
        yield return ("consent as text", valid.Replace("\"consent\":true", "\"consent\":\"true\"", StringComparison.Ordinal));
        yield return ("profile as text", valid[..valid.IndexOf("\"profile\"", StringComparison.Ordinal)] + "\"profile\":\"x\"}");
        yield return ("duplicate keys", "{\"email\":\"dup@example.com\",\"email\":\"" + Repeat("x", 100) + "\"}");
        yield return ("deep profile", valid[..valid.IndexOf("\"profile\"", StringComparison.Ordinal)] + "\"profile\":" + Deep(5_000) + "}");
        yield return ("array", "[" + valid + "]");
        yield return ("null", "null");
        yield return ("lone surrogate everywhere", valid.Replace("topcheck", "\\ud800top", StringComparison.Ordinal)
            .Replace("\"Sam\"", "\"S\\udc00am\"", StringComparison.Ordinal).Replace("Europe/London", "Europe/\\ud800", StringComparison.Ordinal));
        yield return ("10,000 properties", "{" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"\"k{i}\":{i}")) + "}");
        yield return ("nul bytes", valid.Replace("Sam", "S\\u0000am", StringComparison.Ordinal));
    }

    private static string WithProfile(string field, JsonNode value)
    {
        var body = JsonNode.Parse(EnrollmentApp.SignupJson(email: "profilecheck@example.com"))!;
        body["profile"]![field] = value;
        return body.ToJsonString();
    }

    private static string Short(string text) => JsonSerializer.Serialize(text.Length > 24 ? text[..24] + "…" : text);
}
