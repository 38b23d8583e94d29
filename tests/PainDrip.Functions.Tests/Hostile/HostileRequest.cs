using System.Net.Http.Headers;
using System.Text;

namespace PainDrip.Functions.Tests.Hostile;

/// <summary>One request of the hostile corpus: a name for the report, and how to build it afresh for each send.</summary>
public sealed record HostileRequest(string Name, string Method, string Path, Func<HttpContent?> Body, IReadOnlyList<(string Name, string Value)> Headers)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path) { Content = Body() };
        foreach (var (name, value) in Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return message;
    }

    public static HostileRequest Get(string name, string path, params (string, string)[] headers) => new(name, "GET", path, () => null, headers);

    public static HostileRequest Post(string name, string path, Func<HttpContent?> body, params (string, string)[] headers) =>
        new(name, "POST", path, body, headers);

    public static Func<HttpContent?> Json(string json) => () => new StringContent(json, Encoding.UTF8, "application/json");

    public static Func<HttpContent?> Bytes(byte[] bytes, string contentType) => () =>
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    };

    public static Func<HttpContent?> Text(string text, string contentType) => Bytes(Encoding.UTF8.GetBytes(text), contentType);

    public static Func<HttpContent?> Form(params (string Name, string Value)[] fields) => () =>
        new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>A multipart/form-data body with text parts, each in UTF-8 unless a charset is given.</summary>
    public static Func<HttpContent?> Multipart(IEnumerable<(string Name, string Value)> fields, string? charset = "utf-8") => () =>
    {
        var form = new MultipartFormDataContent("hostile-boundary-1");
        foreach (var (name, value) in fields)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = charset };
            form.Add(part, name);
        }
        return form;
    };

    public static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    /// <summary>JSON nested <paramref name="depth"/> arrays deep.</summary>
    public static string Deep(int depth) => Repeat("[", depth) + Repeat("]", depth);
}
