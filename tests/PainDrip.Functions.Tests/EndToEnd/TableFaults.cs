using Azure.Core;
using Azure.Core.Pipeline;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// A table pipeline policy that, once armed, lets <c>n - 1</c> requests through and fails the n-th and every one after
/// it (as if the process died there: nothing more reaches storage) until healed. The failure is not one the client
/// retries.
/// </summary>
public sealed class TableFaults : HttpPipelinePolicy
{
    private int _left = int.MaxValue;

    /// <summary>Whether a request has failed since the policy was armed.</summary>
    public bool Fired { get; private set; }

    public void FailFrom(int request)
    {
        Fired = false;
        Volatile.Write(ref _left, request);
    }

    public void Heal() => Volatile.Write(ref _left, int.MaxValue);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check();
        return ProcessNextAsync(message, pipeline);
    }

    private void Check()
    {
        if (Volatile.Read(ref _left) != int.MaxValue && Interlocked.Decrement(ref _left) <= 0)
        {
            Fired = true;
            throw new InvalidOperationException("Injected storage fault: the process stopped here.");
        }
    }
}
