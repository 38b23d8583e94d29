using System.Diagnostics;
using System.Net.Sockets;

namespace PainDrip.Bench;

/// <summary>
/// How long the app takes from process start to its first HTTP answer on <c>/</c>, in standalone mode with the
/// Development settings, and its memory then, against a bare minimal API (this benchmark's own <c>bare-api</c> verb)
/// started the same way, the two interleaved: once for the package <c>infra/publish.sh</c> builds (ReadyToRun, what
/// Azure runs) and once for the build output (what <c>./run.sh</c> runs). The bare API's own code is a few lines; the
/// framework under it is ahead-of-time compiled either way. A Functions host gives a worker about 30 s to come up.
/// </summary>
internal static class StartupBench
{
    public static async Task RunAsync(int starts)
    {
        var package = Path.Combine(Path.GetTempPath(), $"paindrip-startup-{Guid.NewGuid():N}");
        Console.WriteLine("publishing the deployable package with infra/publish.sh (ReadyToRun) ...");
        await PublishAsync(package);
        try
        {
            await CompareAsync("package (infra/publish.sh, as deployed)", Path.Combine(package, "PainDrip.Functions.dll"), starts);
            await CompareAsync("build output (as ./run.sh starts it)", FindApp(), starts);
        }
        finally
        {
            Directory.Delete(package, recursive: true);
            File.Delete(package + ".zip");
        }
    }

    // The app and the bare API started in turn, so both see the same machine.
    private static async Task CompareAsync(string what, string app, int starts)
    {
        var bench = typeof(StartupBench).Assembly.Location;
        var appRuns = new List<(double Ms, long Rss)>();
        var bareRuns = new List<(double Ms, long Rss)>();
        for (var i = 0; i < starts; i++)
        {
            appRuns.Add(await TimeOneStartAsync(app, "--standalone"));
            bareRuns.Add(await TimeOneStartAsync(bench, "bare-api"));
        }
        var (appMs, appRss) = Median(appRuns);
        var (bareMs, bareRss) = Median(bareRuns);
        Console.WriteLine($"{what}:");
        Console.WriteLine($"  {"app start to first answer",-38} median {appMs,7:N0} ms   RSS {appRss / 1_048_576.0,6:N0} MB   ({starts} starts)");
        Console.WriteLine($"  {"bare minimal API, same way",-38} median {bareMs,7:N0} ms   RSS {bareRss / 1_048_576.0,6:N0} MB");
        Console.WriteLine($"  {"app / bare (ready time)",-38} {appMs / bareMs,14:0.00}   (goal: at most 1.5)   RSS {appRss / (double)bareRss:0.00}");
    }

    private static async Task PublishAsync(string output)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(BenchAzurite.RepoRoot(), "infra", "publish.sh"), output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/publish.sh failed ({process.ExitCode}): {await errors}");
        }
    }

    /// <summary>The bare baseline: a minimal API answering <c>/</c>, nothing else.</summary>
    public static void RunBareApi(string[] args)
    {
        var app = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args).Build();
        Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/", () => "ok");
        app.Run();
    }

    private static (double Ms, long Rss) Median(List<(double Ms, long Rss)> runs)
    {
        var ms = runs.Select(r => r.Ms).Order().ToList();
        var rss = runs.Select(r => r.Rss).Order().ToList();
        return (ms[ms.Count / 2], rss[rss.Count / 2]);
    }

    private static async Task<(double Ms, long Rss)> TimeOneStartAsync(string dll, string verb)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll, verb])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Clear();
        info.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "";
        info.Environment["DOTNET_ROOT"] = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    using var _ = await http.GetAsync($"http://127.0.0.1:{port}/");
                    var ready = clock.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    return (ready, process.WorkingSet64);
                }
                // Not listening yet (refused), or accepted but not answering yet on a busy machine.
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(20);
                }
            }
            throw new TimeoutException("the app did not answer within 60 s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string FindApp()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "src", "PainDrip.Functions", "bin");
            if (Directory.Exists(bin))
            {
                return Directory.EnumerateFiles(bin, "PainDrip.Functions.dll", SearchOption.AllDirectories)
                    .OrderByDescending(File.GetLastWriteTimeUtc)
                    .First();
            }
        }
        throw new FileNotFoundException("src/PainDrip.Functions/bin not found; build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
