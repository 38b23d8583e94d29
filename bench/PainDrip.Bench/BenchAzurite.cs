using System.Diagnostics;
using System.Net.Sockets;

namespace PainDrip.Bench;

/// <summary>An in-memory Azurite table service on a free loopback port, for one benchmark run.</summary>
internal sealed class BenchAzurite : IAsyncDisposable
{
    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private BenchAzurite(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    /// <summary>The processor time Azurite has used so far (a benchmark's share of the two cores).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public string ConnectionString =>
        $"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1";

    public static async Task<BenchAzurite> StartAsync()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var bin = Path.Combine(RepoRoot(), "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
        {
            throw new FileNotFoundException($"Azurite is not installed at {bin}: run `npm ci` in the repository root (./test.sh and ./run.sh do it).");
        }
        var info = new ProcessStartInfo(bin,
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException("azurite-table did not start.");
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(100))
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return new BenchAzurite(process, port);
            }
            catch (SocketException)
            {
            }
        }
        throw new TimeoutException("Azurite did not listen within 60 s.");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PainDrip.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("PainDrip.sln not found above the bench.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
