namespace PainDrip.Infrastructure.Tests.Storage.Stores;

/// <summary>Fails the first <c>failures</c> requests as if storage were unreachable, then lets requests through.</summary>
internal sealed class FlakyHandler(int failures) : DelegatingHandler(new HttpClientHandler())
{
    private int _left = failures;

    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        return Interlocked.Decrement(ref _left) >= 0
            ? throw new HttpRequestException("Connection refused (simulated).")
            : base.SendAsync(request, cancellationToken);
    }
}
