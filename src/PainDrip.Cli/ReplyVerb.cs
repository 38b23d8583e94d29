using System.Net.Mail;

namespace PainDrip.Cli;

/// <summary>
/// <c>reply --to ADDRESS --text "…"</c>: answers a PainDrip email locally by posting to the app's <c>ProcessReply</c>
/// route the multipart/form-data body SendGrid Inbound Parse (parsed mode) would post.
/// </summary>
public static class ReplyVerb
{
    public const string Help =
        "answer an email locally as SendGrid Inbound Parse would: --to reply+TOKEN@DOMAIN --text \"4, a bit better\" "
        + "[--from you@example.com] [--subject S] [--url http://127.0.0.1:7071] [--secret local-inbound-secret]";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["--from"] = "you@example.com",
        ["--subject"] = "Re: your PainDrip email",
        ["--url"] = "http://127.0.0.1:7071",
        ["--secret"] = "local-inbound-secret",
    };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await error.WriteLineAsync($"{problem}\nUsage: paindrip reply {Help[(Help.IndexOf(':') + 2)..]}");
            return 2;
        }
        var text = options["--text"] == "-" ? await input.ReadToEndAsync() : options["--text"];
        var reply = new InboundReplyForm(options["--to"], options["--from"], options["--subject"], text);
        var endpoint = $"{options["--url"].TrimEnd('/')}/api/inbound";
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var content = reply.ToContent(DateTimeOffset.Now);
            using var response = await http.PostAsync($"{endpoint}?key={Uri.EscapeDataString(options["--secret"])}", content);
            // The key stays out of what is printed: people paste this output into chats and issues.
            await output.WriteLineAsync($"POST {endpoint} -> {(int)response.StatusCode} {response.ReasonPhrase}");
            if (!response.IsSuccessStatusCode)
            {
                await error.WriteLineAsync(await response.Content.ReadAsStringAsync());
            }
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await error.WriteLineAsync($"Could not reach {endpoint}: {e.Message} Is the app running (./run.sh)?");
            return 1;
        }
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> options, out string problem)
    {
        options = new Dictionary<string, string>(Defaults, StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--to" or "--text" or "--from" or "--subject" or "--url" or "--secret") || i + 1 >= args.Length)
            {
                problem = i + 1 >= args.Length && args[i].StartsWith("--", StringComparison.Ordinal) ? $"{args[i]} needs a value." : $"Unknown option '{args[i]}'.";
                return false;
            }
            options[args[i]] = args[i + 1];
        }
        problem = !options.ContainsKey("--to") ? "--to is required (the Reply-To address of the email you answer)."
            : !options.ContainsKey("--text") ? "--text is required (use - to read it from stdin)."
            : "";
        if (problem.Length == 0)
        {
            var to = InboundReplyForm.BareAddress(options["--to"]);
            problem = to is null ? "--to should be a PainDrip reply address such as reply+TOKEN@inbound.paindrip.localhost." : "";
            options["--to"] = to ?? "";
        }
        if (problem.Length == 0 && !MailAddress.TryCreate(options["--from"], out _))
        {
            problem = $"--from '{options["--from"]}' is not an email address.";
        }
        return problem.Length == 0;
    }
}
