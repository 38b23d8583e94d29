using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PainDrip.Core.Replies;
using PainDrip.Infrastructure.Email.Inbound;

namespace PainDrip.Bench;

/// <summary>
/// 1,000 Inbound Parse posts of hostile shapes (about 100 KB each), each read the way the inbound function reads it
/// (<see cref="InboundParseReader"/>, then the reply reader), timed one by one; prints the worst per shape and the ratio
/// to a typical reply measured in the same run. Run with: dotnet run -c Release --project bench/PainDrip.Bench -- hostile
/// </summary>
internal static class HostileParseBench
{
    private const int Messages = 1_000;
    private const int Size = 100 * 1024;

    public static async Task RunAsync()
    {
        var reader = new InboundParseReader(Options.Create(new InboundOptions()));
        var shapes = Shapes().Select(shape => (shape.Name, Post: Encode(shape.Fields))).ToList();
        var times = shapes.ToDictionary(shape => shape.Name, _ => new List<(double Decode, double Read)>());
        for (var i = 0; i < Messages + shapes.Count; i++)
        {
            var (name, post) = shapes[i % shapes.Count];
            var elapsed = await TimeOneAsync(reader, post);
            if (i >= shapes.Count)
            {
                times[name].Add(elapsed);
            }
        }
        Print(times);
    }

    private static async Task<(double Decode, double Read)> TimeOneAsync(InboundParseReader reader, (byte[] Body, string ContentType) post)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = post.ContentType;
        context.Request.ContentLength = post.Body.Length;
        context.Request.Body = new MemoryStream(post.Body, writable: false);
        var clock = Stopwatch.StartNew();
        var result = await reader.ReadAsync(context.Request);
        var decode = clock.Elapsed.TotalMilliseconds;
        if (result.Message is { } message)
        {
            GC.KeepAlive(ReplyReader.Instance.Read(message.Text));
        }
        return (decode, clock.Elapsed.TotalMilliseconds - decode);
    }

    private static void Print(Dictionary<string, List<(double Decode, double Read)>> times)
    {
        var typical = Median(times["typical reply"].Select(t => t.Decode + t.Read));
        Console.WriteLine($"Hostile inbound parse: {times.Values.Sum(t => t.Count):N0} posts of ~{Size / 1024} KB, typical reply median {typical:0.000} ms");
        Console.WriteLine($"  {"shape",-28} {"worst ms",9} {"median",9} {"worst/typ",10} {"decode worst",13} {"reader worst",13}");
        foreach (var (name, list) in times.OrderByDescending(pair => pair.Value.Max(t => t.Decode + t.Read)))
        {
            var totals = list.Select(t => t.Decode + t.Read).ToList();
            Console.WriteLine($"  {name,-28} {totals.Max(),9:0.0} {Median(totals),9:0.0} {totals.Max() / typical,9:0}x {list.Max(t => t.Decode),13:0.0} {list.Max(t => t.Read),13:0.0}");
        }
        var all = times.Values.SelectMany(t => t).ToList();
        var worst = all.Max(t => t.Decode + t.Read);
        var p99 = all.Select(t => t.Decode + t.Read).Order().ElementAt(all.Count * 99 / 100);
        Console.WriteLine($"p99 per-message time over all shapes: {p99:0.0} ms ({p99 / typical:0}x the typical reply)");
        Console.WriteLine($"Worst per-message time: {worst:0.0} ms (goal < 50 ms), {worst / typical:0}x the typical reply; "
            + $"worst inbound decode alone {all.Max(t => t.Decode):0.0} ms, worst reply reader alone {all.Max(t => t.Read):0.0} ms");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Repeat(string unit, int size = Size) => new StringBuilder(size + unit.Length).Insert(0, unit, size / unit.Length).ToString();

    private static IEnumerable<(string Name, Dictionary<string, string> Fields)> Shapes()
    {
        const string To = "reply+tok_8f2a.c0ffee@parse.paindrip.test";
        Dictionary<string, string> Parsed(string text = "Pain is 4 today, a bit better.", string from = "Sam <sam@example.com>", string? html = null,
            string subject = "Re: How is your back?", string? headers = null) => new()
        {
            ["from"] = from, ["to"] = To, ["subject"] = subject, ["text"] = text, ["html"] = html ?? "",
            ["headers"] = headers ?? $"From: {from}\r\nTo: {To}\r\nSubject: {subject}\r\nMessage-ID: <m1@example.com>\r\n",
            ["envelope"] = $$"""{"to":["{{To}}"],"from":"sam@example.com"}""", ["charsets"] = """{"text":"utf-8","subject":"utf-8"}""",
        };
        Dictionary<string, string> Raw(string mime) => new()
        {
            ["email"] = mime, ["to"] = To, ["envelope"] = $$"""{"to":["{{To}}"],"from":"sam@example.com"}""",
        };
        const string Head = "From: Sam <sam@example.com>\r\nTo: " + To + "\r\nSubject: Re: check-in\r\nMessage-ID: <m2@example.com>\r\n";

        yield return ("typical reply", Parsed());
        yield return ("html <script> flood", Parsed(text: "", html: Repeat("<script>")));
        yield return ("html <style> lines", Parsed(text: "", html: Repeat("<style>p{color:red}\n")));
        yield return ("html unclosed tags", Parsed(text: "", html: Repeat("<div><b><i>")));
        yield return ("from '<a@' flood", Parsed(from: Repeat("<a@")));
        yield return ("raw from '<a@' flood", Raw($"From: {Repeat("<a@")}\r\nTo: {To}\r\nSubject: hi\r\n\r\nPain 3.\r\n"));
        yield return ("to '<reply+' flood", Parsed(headers: $"To: {Repeat("<reply+a@")}\r\n"));
        yield return ("header flood", Raw(Repeat("X-H: v\r\n") + Head + "\r\nPain 3.\r\n"));
        yield return ("subject flood", Parsed(subject: Repeat("out of office automatic ")));
        yield return ("text of digits", Parsed(text: Repeat("4 5 6 / 10 ")));
        yield return ("text of red-flag words", Parsed(text: Repeat("numb tingling chest arm ")));
        yield return ("text one long line", Parsed(text: Repeat("a")));
        yield return ("quoted history flood", Parsed(text: Repeat("> On Mon wrote:\n")));
        yield return ("raw thousands of parts", Raw(Head + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + Repeat("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n") + "--b--\r\n"));
        yield return ("raw deep nesting", Raw(Head + Repeat("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n")));
        yield return ("raw utf-7 everywhere", Raw(Head.Replace("Subject: Re: check-in", "Subject: =?utf-7?Q?+AEE-?=") + "Content-Type: text/plain; charset=utf-7\r\n\r\n" + Repeat("+AEEAQgBD-")));
        yield return ("raw base64 html", Raw(Head + "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Convert.ToBase64String(Encoding.UTF8.GetBytes(Repeat("<p>4</p>", Size * 3 / 4)), Base64FormattingOptions.InsertLineBreaks)));
    }

    private static (byte[] Body, string ContentType) Encode(Dictionary<string, string> fields)
    {
        using var form = new MultipartFormDataContent("hostile-bench-boundary");
        foreach (var (name, value) in fields)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
            form.Add(part, name);
        }
        using var buffer = new MemoryStream();
        form.CopyTo(buffer, null, CancellationToken.None);
        return (buffer.ToArray(), form.Headers.ContentType!.ToString());
    }
}
