using PainDrip.Core.Email;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>The real mail sender, which a test can make fail once: the process "dies" after the claim, before the hand-over.</summary>
public sealed class CrashingMailSender(IMailSender inner) : IMailSender
{
    private int _crashes;

    /// <summary>How many sends were made to fail.</summary>
    public int Crashed { get; private set; }

    /// <summary>Makes the next send throw instead of reaching the mail server.</summary>
    public void CrashNextSend() => Interlocked.Increment(ref _crashes);

    public Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _crashes, 0) > 0)
        {
            Crashed++;
            throw new IOException("Simulated crash between the claim and the send.");
        }
        return inner.SendAsync(message, cancellationToken);
    }
}
