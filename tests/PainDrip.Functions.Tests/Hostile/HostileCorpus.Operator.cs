using static PainDrip.Functions.Tests.Hostile.HostileRequest;

namespace PainDrip.Functions.Tests.Hostile;

public static partial class HostileCorpus
{
    private static readonly (string, string) Key = (KeyHeader, HostileApp.OperatorKey);

    /// <summary>Export and erase with internal partition names and other non-ids, the coach queue with odd pages, and links.</summary>
    public static IEnumerable<HostileRequest> Operator()
    {
        string[] ids = ["~unrouted", "~pending", "~", "a/b", "..", "%2F", "enr 1", "enr\u0000", Repeat("a", 5_000), "\ud800", "' or 1 eq 1", "*"];
        foreach (var id in ids)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new { id });
            yield return Post($"erase id {Short(id)}", "/api/erase", Json(json), Key);
            yield return Post($"export id {Short(id)}", "/api/export", Json(json), Key);
            yield return Get($"export ?id={Short(id)}", "/api/export?id=" + Uri.EscapeDataString(id.Replace("\ud800", "x", StringComparison.Ordinal)), Key);
        }
        string[] emails = ["nobody(x)@example.com", "\"x\"@example.com", Repeat("<a@", 2_000), "a@b", "@"];
        foreach (var email in emails)
        {
            yield return Post($"erase email {Short(email)}", "/api/erase", Json(System.Text.Json.JsonSerializer.Serialize(new { email })), Key);
        }
        yield return Post("erase both id and email", "/api/erase", Json("""{"id":"abc","email":"a@example.com"}"""), Key);
        yield return Post("erase 10 MB", "/api/erase", Json("{\"id\":\"" + Repeat("a", 10 * 1024 * 1024) + "\"}"), Key);
        foreach (var max in new[] { "0", "-1", "1e9", "99999999999999999999", "%00", "" })
        {
            yield return Get($"coach queue max={max}", "/api/coach-queue?max=" + max, Key);
        }
    }

    /// <summary>Confirm, unsubscribe and preferences links with broken tokens and forms.</summary>
    public static IEnumerable<HostileRequest> Links()
    {
        string[] tokens = ["", "x", Repeat("A", 8_000), "%00%ff", "..%2F..%2F", "a.b.c.d", "%ED%A0%80"];
        foreach (var token in tokens)
        {
            foreach (var path in new[] { "/api/confirm", "/api/unsubscribe", "/api/preferences" })
            {
                yield return Get($"{path} token {Short(token)}", $"{path}?token={token}");
            }
            yield return Post($"confirm form token {Short(token)}", "/api/confirm", Form(("token", token)));
            yield return Post($"unsubscribe one-click token {Short(token)}", "/api/unsubscribe?token=" + token, Form(("List-Unsubscribe", "One-Click")));
        }
        (string, string)[][] preferenceForms =
        [
            [("action", "hour"), ("sendHour", "99")], [("action", "zone"), ("timeZone", Repeat("Europe/", 10_000))],
            [("action", "pause"), ("days", "99999999999")], [("action", Repeat("x", 50_000))], [("action", "resume,stop")],
        ];
        foreach (var form in preferenceForms)
        {
            yield return Post($"preferences form {Short(form[0].Item2)}", "/api/preferences?token=broken", Form(form));
        }
        yield return Post("preferences 10 MB form", "/api/preferences?token=broken", Form(("action", Repeat("x", 10 * 1024 * 1024))));
        yield return Post("confirm 10 MB form", "/api/confirm", Form(("token", Repeat("x", 10 * 1024 * 1024))));
    }

    /// <summary>The Event Webhook: unsigned, forged and oversize posts.</summary>
    public static IEnumerable<HostileRequest> MailEvents()
    {
        (string, string)[] forged =
        [
            ("X-Twilio-Email-Event-Webhook-Signature", "MEUCIQ" + Repeat("A", 90)),
            ("X-Twilio-Email-Event-Webhook-Timestamp", "1700000000"),
        ];
        yield return Post("mail events forged", "/api/mail-events", Json("""[{"event":"unsubscribe","email":"sam@example.com","timestamp":1}]"""), forged);
        yield return Post("mail events surrogate", "/api/mail-events", Json("""[{"event":"bounce","email":"\ud800@example.com"}]"""), forged);
        yield return Post("mail events deep", "/api/mail-events", Json(Deep(10_000)), forged);
        yield return Post("mail events 2 MB", "/api/mail-events", Json("[" + Repeat("{},", 700_000) + "{}]"), forged);
        yield return Post("mail events bad timestamp", "/api/mail-events", Json("[]"),
            ("X-Twilio-Email-Event-Webhook-Signature", "x"), ("X-Twilio-Email-Event-Webhook-Timestamp", Repeat("9", 5_000)));
    }
}
