using PainDrip.Bench;

if (args is ["hostile", ..])
{
    await HostileParseBench.RunAsync();
    return;
}

// Throughput figures for the hot paths; run with: dotnet run -c Release --project bench/PainDrip.Bench
var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 3.0;
Console.WriteLine($"PainDrip benchmarks ({seconds:0.#} s per measurement, {Environment.ProcessorCount} cores)");
ReplyReaderBench.Run(TimeSpan.FromSeconds(seconds));
PlannerBench.Run(TimeSpan.FromSeconds(seconds));
await StartupBench.RunAsync(starts: 5);
