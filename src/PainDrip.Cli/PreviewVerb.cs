using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PainDrip.Core.Lessons;
using PainDrip.Infrastructure.Email.Composition;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Cli;

/// <summary><c>paindrip preview --lesson ID [--name Sam] [--out file.html]</c>: renders a lesson email for a sample person.</summary>
public static class PreviewVerb
{
    public const string Help = "render a lesson email to an HTML file: --lesson ID [--name Sam] [--out file.html]";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, ILessonLibrary library)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await error.WriteLineAsync($"{problem}\nUsage: paindrip preview {Help[(Help.IndexOf(':') + 2)..]}");
            return 2;
        }
        if (library.Find(options["--lesson"]) is not { } lesson)
        {
            await error.WriteLineAsync($"No lesson with id '{options["--lesson"]}'.");
            return 1;
        }
        var message = SampleComposer().Compose(lesson, new Recipient(Guid.NewGuid().ToString(), "sam@example.com", options["--name"]));
        var path = Path.GetFullPath(options.GetValueOrDefault("--out") ?? $"{lesson.Id}.html");
        await File.WriteAllTextAsync(path, message.Html);
        await output.WriteLineAsync($"Wrote {path} (subject: {message.Subject})");
        return 0;
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> options, out string problem)
    {
        options = new Dictionary<string, string> { ["--name"] = "Sam" };
        problem = "";
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--lesson" or "--name" or "--out") || i + 1 >= args.Length)
            {
                problem = i + 1 >= args.Length && args[i].StartsWith("--") ? $"{args[i]} needs a value." : $"Unknown option '{args[i]}'.";
                return false;
            }
            options[args[i]] = args[i + 1];
        }
        problem = options.ContainsKey("--lesson") ? "" : "--lesson is required.";
        return problem.Length == 0;
    }

    // Sample settings (shared with simulate --out): the preview shows the look, so links carry a throwaway key and example addresses.
    internal static EmailComposer SampleComposer() => new(
        Options.Create(new EmailOptions
        {
            FromAddress = "coach@paindrip.example",
            InboundDomain = "reply.paindrip.example",
            PostalAddress = "PainDrip Coaching, 1 Example Street, Example Town",
            PublicBaseUrl = "https://paindrip.example",
        }),
        new LinkTokens(
            Options.Create(new LinkSigningOptions { Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }),
            TimeProvider.System));
}
