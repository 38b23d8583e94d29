using System.Globalization;
using PainDrip.Bench;

// Figures for the hot paths, as ratios against a bare baseline measured in the same run.
// Run with: dotnet run -c Release --project bench/PainDrip.Bench -- [verb] [seconds]
// Verbs: reader, planner, startup, hostile, send, replies, all (the default).
var verb = args.Length > 0 && !double.TryParse(args[0], CultureInfo.InvariantCulture, out _) ? args[0] : "all";
var numbers = args.Where(a => double.TryParse(a, CultureInfo.InvariantCulture, out _)).ToArray();
var seconds = numbers.Length > 0 ? double.Parse(numbers[0], CultureInfo.InvariantCulture) : 3.0;
var duration = TimeSpan.FromSeconds(seconds);
if (verb is "reader" or "planner" or "startup" or "all")
{
    Console.WriteLine($"PainDrip benchmarks: {verb} ({seconds:0.#} s per measurement, {Environment.ProcessorCount} cores)");
}
switch (verb)
{
    case "reader":
        ReplyReaderBench.Run(duration);
        break;
    case "planner":
        PlannerBench.Run(duration);
        break;
    case "startup":
        await StartupBench.RunAsync(starts: 5);
        break;
    case "hostile":
        await HostileParseBench.RunAsync();
        break;
    case "send":
        // send [people] [concurrency]: the numbers after the verb
        await SendBench.RunAsync(numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 10_000,
            numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 16);
        break;
    case "replies":
        // replies [count] [concurrency]
        await RepliesBench.RunAsync(numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 2_000,
            numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 16);
        break;
    case "bare-api":
        StartupBench.RunBareApi([]);
        break;
    case "all":
        ReplyReaderBench.Run(duration);
        PlannerBench.Run(duration);
        await StartupBench.RunAsync(starts: 5);
        break;
    default:
        Console.Error.WriteLine($"Unknown verb '{verb}'. Verbs: reader, planner, startup, hostile, send, replies, all.");
        return 2;
}
return 0;
