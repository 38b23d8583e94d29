using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;

namespace PainDrip.Cli;

/// <summary>The operator tool's verbs: <c>paindrip &lt;verb&gt; [options]</c>.</summary>
public static class Verbs
{
    private delegate Task<int> Verb(string[] args, TextReader input, TextWriter output, TextWriter error);

    private static readonly (string Name, string Help, Verb Run)[] All =
    [
        ("classify", "read JSON-line replies on stdin, write what each says", ClassifyVerb.RunAsync),
        ("simulate", "walk a profile through the program: --profile p.json --replies r.json [--start DATE] [--out DIR]",
            WithLibrary((args, input, output, error, library) =>
                SimulateVerb.RunAsync(args, input, output, error, library, ReplyReader.Instance))),
        ("preview", "render a lesson as an email: --lesson ID [--name NAME] [--out FILE]", WithLibrary(PreviewVerb.RunAsync)),
        ("reply", ReplyVerb.Help, ReplyVerb.RunAsync),
        ("content check", "validate the lesson library (content/lessons)", ContentCheckVerb.RunAsync),
    ];

    private static Verb WithLibrary(Func<string[], TextReader, TextWriter, TextWriter, ILessonLibrary, Task<int>> run) =>
        async (args, input, output, error) =>
            await LessonFolder.TryLoadAsync(error) is { } library ? await run(args, input, output, error, library) : 2;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var name = args.Length == 0 ? "" : args[0];
        // "content check" is two words; every other verb is one.
        if (name == "content" && args.Length > 1)
        {
            name = "content " + args[1];
        }
        var verb = All.FirstOrDefault(v => v.Name == name);
        if (verb.Run is null)
        {
            await error.WriteLineAsync(name.Length == 0 ? "Usage: paindrip <verb> [options]" : $"Unknown verb '{name}'.");
            foreach (var (verbName, help, _) in All)
            {
                await error.WriteLineAsync($"  {verbName,-15} {help}");
            }
            return 2;
        }
        var rest = args.Skip(name.Split(' ').Length).ToArray();
        return await verb.Run(rest, input, output, error);
    }
}
