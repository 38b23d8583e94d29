using System.Diagnostics;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>
/// The published executable started the way the Functions host starts it: from the package
/// folder, with nothing in its environment but <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>.
/// </summary>
internal sealed class PublishedApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private PublishedApp(Process process, int port)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public HttpClient Client { get; }

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public static PublishedApp Start(string packagePath, string executable, int port)
    {
        var info = new ProcessStartInfo(Path.Combine(packagePath, executable))
        {
            WorkingDirectory = packagePath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Clear();
        info.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var process = new Process { StartInfo = info };
        var app = new PublishedApp(process, port);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Polls the root URL until any HTTP answer arrives (the host's readiness rule) or the limit passes.</summary>
    public async Task<HttpResponseMessage?> WaitForRootAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                return await Client.GetAsync("/");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        return null;
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
