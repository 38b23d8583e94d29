using System.Diagnostics;
using System.Net.Sockets;

namespace PainDrip.Bench;

/// <summary>
/// How long the app takes from process start to its first HTTP answer on <c>/</c>, in standalone mode with the
/// Development settings (as <c>./run.sh</c> starts it). A Functions host gives a worker about 30 s to come up.
/// </summary>
internal static class StartupBench
{
    public static async Task RunAsync(int starts)
    {
        var app = FindApp();
        var times = new List<double>();
        for (var i = 0; i < starts; i++)
        {
            times.Add(await TimeOneStartAsync(app));
        }
        times.Sort();
        Console.WriteLine($"{"app start to first answer (ms)",-40} median {times[times.Count / 2],7:N0}   min {times[0]:N0}   max {times[^1]:N0}   ({starts} starts)");
    }

    private static async Task<double> TimeOneStartAsync(string app)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [app, "--standalone"])
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Clear();
        info.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "";
        info.Environment["DOTNET_ROOT"] = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
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
                    return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException)
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
