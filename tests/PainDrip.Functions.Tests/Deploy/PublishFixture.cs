using System.Diagnostics;
using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.Deploy;

/// <summary>Runs infra/publish.sh once into a temporary folder and removes it afterwards.</summary>
public sealed class PublishFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "paindrip-publish-" + Guid.NewGuid().ToString("N"));

    public string PackagePath => Path.Combine(_root, "package");

    public string ZipPath => PackagePath + ".zip";

    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "infra", "publish.sh"));
        info.ArgumentList.Add(PackagePath);
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        Output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/publish.sh failed with {process.ExitCode}:\n{Output}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
