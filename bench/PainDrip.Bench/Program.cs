using PainDrip.Bench;

// Throughput figures for the hot paths; run with: dotnet run -c Release --project bench/PainDrip.Bench
if (args is ["send", ..])
{
    // dotnet run -c Release --project bench/PainDrip.Bench -- send [people] [concurrency]
    await SendBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 16);
    return;
}
if (args is ["replies", ..])
{
    // dotnet run -c Release --project bench/PainDrip.Bench -- replies [replies] [concurrency]
    await RepliesBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 2_000, args.Length > 2 ? int.Parse(args[2]) : 16);
    return;
}
var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 3.0;
Console.WriteLine($"PainDrip benchmarks ({seconds:0.#} s per measurement, {Environment.ProcessorCount} cores)");
ReplyReaderBench.Run(TimeSpan.FromSeconds(seconds));
PlannerBench.Run(TimeSpan.FromSeconds(seconds));
await StartupBench.RunAsync(starts: 5);
