using Xunit;

namespace PainDrip.TestSupport;

/// <summary>
/// A real Azurite table service on a free loopback port, in memory, for one test collection.
/// Each test should use its own table (see <see cref="NewTableName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";

    // Azurite's published development key; not a secret.
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private ChildProcess? _azurite;
    private int _tables;

    public int Port { get; private set; }

    public string TableEndpoint => $"http://127.0.0.1:{Port}/{AccountName}";

    public string ConnectionString => ConnectionStringWithKey(AccountKey);

    /// <summary>The same account with another key: every request should fail its signature check.</summary>
    public string ConnectionStringWithKey(string accountKey) =>
        $"AccountName={AccountName};AccountKey={accountKey};TableEndpoint={TableEndpoint}";

    /// <summary>A table name no other test in this run uses.</summary>
    public string NewTableName(string prefix = "t") =>
        $"{prefix}{Interlocked.Increment(ref _tables)}x{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 12)];

    public async Task InitializeAsync()
    {
        Port = FreePort.Next();
        _azurite = ChildProcess.Start(
            RepoPaths.NodeBin("azurite-table"),
            [
                "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            ]);
        await _azurite.WaitForPortAsync(Port, TimeSpan.FromSeconds(120));
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
