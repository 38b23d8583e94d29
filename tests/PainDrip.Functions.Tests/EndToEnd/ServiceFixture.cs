using PainDrip.TestSupport;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// The outside world of the end-to-end tests: one real Azurite and one real maildev for the whole collection.
/// Each test starts its own <see cref="ServiceApp"/> on fresh tables and an emptied maildev inbox.
/// </summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private int _apps;

    public AzuriteFixture Azurite { get; } = new();

    public MaildevFixture Maildev { get; } = new();

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Azurite.InitializeAsync(), Maildev.InitializeAsync());
    }

    public async Task DisposeAsync()
    {
        await Maildev.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>Empties maildev and starts the app on a free loopback port, its tables under a prefix of its own.</summary>
    public async Task<ServiceApp> StartAppAsync(DateTimeOffset? now = null)
    {
        await Maildev.ClearAsync();
        var prefix = $"e2e{Interlocked.Increment(ref _apps)}x{Guid.NewGuid():N}"[..16];
        var app = new ServiceApp(this, prefix, now ?? ServiceApp.DefaultStart);
        app.Start();
        return app;
    }
}

/// <summary>The end-to-end tests share one Azurite and one maildev and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "EndToEnd";
}
